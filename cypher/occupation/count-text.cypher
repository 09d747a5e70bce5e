CALL db.index.fulltext.queryNodes('search_v3', $query) YIELD node AS o
WITH o
WHERE o:Occupation
RETURN count(o) AS total
