// $query is a Lucene query built from the user's words by src/domain/lucene-query.ts
// (every term escaped), passed as a parameter.
CALL db.index.fulltext.queryNodes('search_v2', $query, {limit: $limit}) YIELD node, score
RETURN labels(node) AS labels, node {.*} AS node, score
ORDER BY score DESC, node.name
