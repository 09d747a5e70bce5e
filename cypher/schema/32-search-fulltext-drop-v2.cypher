// search_v2, replaced by search_v3 (30-search-fulltext.cypher), which is created first.
DROP INDEX search_v2 IF EXISTS
