// The first full-text index, `search`, before it covered occupations and technology
// categories: replaced by search_v3 (30-search-fulltext.cypher), which is created first.
DROP INDEX search IF EXISTS
