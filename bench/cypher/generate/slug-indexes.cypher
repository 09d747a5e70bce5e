// Which labels already have an index on slug (a uniqueness constraint brings one).
SHOW INDEXES YIELD labelsOrTypes, properties, type
WHERE properties = ['slug'] AND type = 'RANGE'
RETURN labelsOrTypes[0] AS label
