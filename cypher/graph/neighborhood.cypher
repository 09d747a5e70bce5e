// The neighbourhood of $center ({label, key}) within {{depth}} step(s), either direction, as
// nodes and edges in one round trip. {{depth}} is spliced from 1..MAX_DEPTH by
// cypherBounded (a variable-length bound takes no parameter). $types and $labels are
// allow-listed subsets of src/graph-vocabulary.ts; $kinds is NODE_LABELS in order and
// $keyOf maps a label to its key property.
// Nodes are walked through only when one of their labels is in $labels; the centre is
// always kept. The BFS-pruning expand visits each node once and yields its distance.
// Nodes come back as [element, kind, key, degree, name, properties] lists and edges
// as [type, source, target, properties], properties only when $withProperties
// (timestamps as strings): the driver decodes every map key and temporal anew, and
// most views never show properties.
// Ranking: nearest first, then best connected, then kind and key (deterministic).
CALL () {
  WITH $center AS ref WHERE ref.label = 'Skill' MATCH (n:Skill {slug: ref.key}) RETURN n
  UNION ALL
  WITH $center AS ref WHERE ref.label = 'Company' MATCH (n:Company {slug: ref.key}) RETURN n
  UNION ALL
  WITH $center AS ref WHERE ref.label = 'Resource' MATCH (n:Resource {slug: ref.key}) RETURN n
  UNION ALL
  WITH $center AS ref WHERE ref.label = 'Provider' MATCH (n:Provider {slug: ref.key}) RETURN n
  UNION ALL
  WITH $center AS ref WHERE ref.label = 'Framework' MATCH (n:Framework {slug: ref.key}) RETURN n
  UNION ALL
  WITH $center AS ref WHERE ref.label = 'FrameworkItem' MATCH (n:FrameworkItem {code: ref.key}) RETURN n
  UNION ALL
  WITH $center AS ref WHERE ref.label = 'Concept' MATCH (n:Concept {slug: ref.key}) RETURN n
  UNION ALL
  WITH $center AS ref WHERE ref.label = 'Occupation' MATCH (n:Occupation {code: ref.key}) RETURN n
  UNION ALL
  WITH $center AS ref WHERE ref.label = 'TechnologyCategory' MATCH (n:TechnologyCategory {code: ref.key}) RETURN n
}
WITH n AS center
MATCH p = (center)-[*0..{{depth}}]-(n)
WHERE all(r IN relationships(p) WHERE type(r) IN $types)
  AND all(x IN nodes(p) WHERE x = center OR any(l IN labels(x) WHERE l IN $labels))
WITH n, min(length(p)) AS distance
WITH n, distance, [l IN $kinds WHERE l IN labels(n)][0] AS kind
// Degree: every relationship but RELATED_TO (internal precomputed related skills, never
// walked or shown), both counts read from the degree store, so a hub costs no expansion.
WITH n, distance, kind, COUNT { (n)--() } - COUNT { (n)-[:RELATED_TO]-() } AS degree
ORDER BY distance, degree DESC, kind, n[$keyOf[kind]]
WITH collect({node: n, kind: kind, degree: degree}) AS reached
WITH reached[0..$limit] AS kept, size(reached) AS total
WITH [k IN kept | k.node] AS keptNodes, kept, total
CALL (keptNodes) {
  UNWIND keptNodes AS a
  MATCH (a)-[r]->(b)
  WHERE type(r) IN $types AND b IN keptNodes
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
RETURN nodes, edges, total
