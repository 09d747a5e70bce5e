// Every relationship a data set owns, with what identifies it in a data file.
MATCH (a)-[r {dataset: $dataset}]->(b)
RETURN elementId(r) AS id, type(r) AS type, a.slug AS from, b.slug AS to, r.key AS key
