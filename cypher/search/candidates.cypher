// The candidates of a search, light (no descriptions), and how many nodes match in all
// when asked (in the same round trip; the page's nodes are read after ranking by
// search/nodes.cypher). Candidates: what the full-text index finds for $query (built
// from the user's words by src/domain/lucene-query.ts, every term escaped), its best $k,
// and what the text names exactly (src/domain/search-identifiers.ts): framework item codes
// and their children, a code's beginning, an O*NET or category code, a slug. Every exact
// lookup is an index seek. Only nodes of $labels (the kinds asked for); $all says that is
// every kind the index holds, so no label is read per full-text hit.
CALL {
  // {limit} lets Lucene keep only the best $k ($ftOptions is {} when kinds narrow the search).
  CALL db.index.fulltext.queryNodes('search_v3', $query, $ftOptions) YIELD node, score
  WHERE $all OR any(l IN labels(node) WHERE l IN $labels)
  RETURN node, score, null AS how
  LIMIT $k
  UNION
  UNWIND $codes AS c
  MATCH (node:FrameworkItem {code: c})
  RETURN node, 0.0 AS score, 'code' AS how
  UNION
  UNWIND $codes AS c
  MATCH (node:FrameworkItem)
  WHERE node.code STARTS WITH c + '.' OR node.code STARTS WITH c + ' '
  RETURN node, 0.0 AS score, 'child' AS how
  UNION
  MATCH (node:FrameworkItem)
  WHERE node.code STARTS WITH $codePrefix
  RETURN node, 0.0 AS score, 'prefix' AS how
  UNION
  MATCH (node:Occupation)
  WHERE node.code STARTS WITH $occupationCode
  RETURN node, 0.0 AS score, 'occupation' AS how
  UNION
  MATCH (node:TechnologyCategory {code: $rawCode})
  RETURN node, 0.0 AS score, 'code' AS how
  UNION
  MATCH (node:Skill {slug: $slug}) RETURN node, 0.0 AS score, 'slug' AS how
  UNION
  MATCH (node:Company {slug: $slug}) RETURN node, 0.0 AS score, 'slug' AS how
  UNION
  MATCH (node:Resource {slug: $slug}) RETURN node, 0.0 AS score, 'slug' AS how
  UNION
  MATCH (node:Provider {slug: $slug}) RETURN node, 0.0 AS score, 'slug' AS how
  UNION
  MATCH (node:Framework {slug: $slug}) RETURN node, 0.0 AS score, 'slug' AS how
  UNION
  MATCH (node:Concept {slug: $slug}) RETURN node, 0.0 AS score, 'slug' AS how
  UNION
  MATCH (node:FrameworkItem {slug: $slug}) RETURN node, 0.0 AS score, 'slug' AS how
}
WITH node, max(score) AS score, [h IN collect(how) WHERE h IS NOT NULL] AS how
WHERE any(l IN labels(node) WHERE l IN $labels)
WITH node, score, how
ORDER BY score DESC
WITH collect({node: node, score: score, how: how}) AS found
// A resource is found by its provider's name: the resources of the providers the text
// found (the best $viaProviders of them, $perProvider resources each), marked 'provider'.
CALL (found) {
  UNWIND [f IN found WHERE f.score > 0 AND 'Provider' IN labels(f.node)][..$viaProviders] AS f
  CALL (f) {
    WITH f.node AS p
    MATCH (node:Resource)-[:OFFERED_BY]->(p)
    RETURN node
    ORDER BY node.slug
    LIMIT $perProvider
  }
  WITH node
  WHERE 'Resource' IN $labels AND NONE(x IN found WHERE x.node = node)
  RETURN collect(DISTINCT {node: node, score: 0.0, how: ['provider']}) AS viaProvider
}
// Every match is counted only when asked and when the index found more than $k (fewer:
// the candidates are every match). Exact hits and resources found through a provider are
// counted by the caller, so not here.
CALL (found, viaProvider) {
  WITH [f IN found WHERE f.score = 0 | f.node] + [f IN viaProvider | f.node] AS exact, size([f IN found WHERE f.score > 0]) AS fullText
  WHERE $withCount AND fullText >= $k
  CALL db.index.fulltext.queryNodes('search_v3', $query) YIELD node
  WHERE ($all OR any(l IN labels(node) WHERE l IN $labels)) AND NOT node IN exact
  RETURN count(node) AS fullTextTotal
}
UNWIND found + viaProvider AS f
WITH f.node AS node, f.score AS score, f.how AS how, fullTextTotal
RETURN elementId(node) AS id, [l IN labels(node) WHERE l IN $labels][0] AS label, score, how, fullTextTotal,
       node.slug AS slug, node.code AS code, coalesce(node.name, node.title) AS name, coalesce(node.aliases, []) AS aliases,
       [x IN coalesce(node.authors, []) | toString(x)] + coalesce(node.framework, []) AS extra,
       CASE WHEN node:Resource THEN [(node)-[:OFFERED_BY]->(p:Provider) | p.name] ELSE [] END AS providers
