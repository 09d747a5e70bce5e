// Nodes come back as [element, kind, key, degree, name, properties] lists and edges
// as [type, source, target, properties], properties only when $withProperties
// (timestamps as strings): decoding them is the costly part.
// The nodes named by $refs ([{label, key}], deduplicated by the caller) in request
// order, and every relationship among them of $types (the vocabulary's: internal ones such
// as RELATED_TO are never shown), in one round trip. Unknown refs drop out.
UNWIND range(0, size($refs) - 1) AS i
CALL (i) {
  WITH $refs[i] AS ref WHERE ref.label = 'Skill' MATCH (n:Skill {slug: ref.key}) RETURN n
  UNION ALL
  WITH $refs[i] AS ref WHERE ref.label = 'Company' MATCH (n:Company {slug: ref.key}) RETURN n
  UNION ALL
  WITH $refs[i] AS ref WHERE ref.label = 'Resource' MATCH (n:Resource {slug: ref.key}) RETURN n
  UNION ALL
  WITH $refs[i] AS ref WHERE ref.label = 'Provider' MATCH (n:Provider {slug: ref.key}) RETURN n
  UNION ALL
  WITH $refs[i] AS ref WHERE ref.label = 'Framework' MATCH (n:Framework {slug: ref.key}) RETURN n
  UNION ALL
  WITH $refs[i] AS ref WHERE ref.label = 'FrameworkItem' MATCH (n:FrameworkItem {code: ref.key}) RETURN n
  UNION ALL
  WITH $refs[i] AS ref WHERE ref.label = 'Concept' MATCH (n:Concept {slug: ref.key}) RETURN n
  UNION ALL
  WITH $refs[i] AS ref WHERE ref.label = 'Occupation' MATCH (n:Occupation {code: ref.key}) RETURN n
  UNION ALL
  WITH $refs[i] AS ref WHERE ref.label = 'TechnologyCategory' MATCH (n:TechnologyCategory {code: ref.key}) RETURN n
}
WITH i, n, [l IN $kinds WHERE l IN labels(n)][0] AS kind
// Degree without the internal RELATED_TO, as in cypher/graph/neighborhood.cypher.
WITH i, n, kind, COUNT { (n)--() } - COUNT { (n)-[:RELATED_TO]-() } AS degree
ORDER BY i
WITH collect({node: n, kind: kind, degree: degree}) AS kept
WITH [k IN kept | k.node] AS keptNodes, kept
CALL (keptNodes) {
  UNWIND keptNodes AS a
  MATCH (a)-[r]->(b)
  WHERE b IN keptNodes AND type(r) IN $types
  RETURN collect([type(r), elementId(a), elementId(b),
                  CASE WHEN $withProperties THEN r {.*, createdAt: toString(r.createdAt), updatedAt: toString(r.updatedAt)} END]) AS edges
}
CALL (kept) {
  UNWIND kept AS k
  WITH k, k.node AS n
  RETURN collect([elementId(n), k.kind, n[$keyOf[k.kind]], k.degree, coalesce(n.name, n.title),
                  CASE WHEN $withProperties
                       THEN n {.*, createdAt: toString(n.createdAt), updatedAt: toString(n.updatedAt)} END]) AS nodes
}
RETURN nodes, edges, size(kept) AS total
