// The candidates of a search, light (no descriptions): what the full-text index finds
// for $query (built from the user's words by src/domain/lucene-query.ts, every term
// escaped), its best $k, and what the text names exactly (src/domain/search-identifiers.ts):
// framework item codes and their children, a code's beginning, an O*NET or category code,
// a slug. Every exact lookup is an index seek. Only nodes of $labels (the kinds asked for).
CALL {
  CALL db.index.fulltext.queryNodes('search_v3', $query) YIELD node, score
  WHERE any(l IN labels(node) WHERE l IN $labels)
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
WITH node, max(score) AS score, collect(how) AS how
WHERE any(l IN labels(node) WHERE l IN $labels)
RETURN elementId(node) AS id, [l IN labels(node) WHERE l IN $labels][0] AS label, score, how,
       node.slug AS slug, node.code AS code, coalesce(node.name, node.title) AS name,
       coalesce(node.aliases, []) AS aliases, [x IN coalesce(node.authors, []) | toString(x)] + coalesce(node.framework, []) AS extra
