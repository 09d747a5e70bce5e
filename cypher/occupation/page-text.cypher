// $query is a Lucene query built by src/domain/lucene-query.ts, passed as a parameter.
CALL db.index.fulltext.queryNodes('search_v3', $query) YIELD node AS o
WITH o
WHERE o:Occupation AND o.code > $after
RETURN o {.*, createdAt: toString(o.createdAt), updatedAt: toString(o.updatedAt)} AS node
ORDER BY o.code
LIMIT $limit
