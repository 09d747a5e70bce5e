// The nodes named by $refs ([{label, key}], deduplicated by the caller) in request
// order, and every relationship among them, in one round trip. Unknown refs drop out.
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
}
WITH i, n, [l IN $kinds WHERE l IN labels(n)][0] AS kind
WITH i, n, kind, COUNT { (n)--() } AS degree
ORDER BY i
WITH collect({node: n, kind: kind, degree: degree}) AS kept
WITH [k IN kept | k.node] AS keptNodes, kept
CALL (keptNodes) {
  UNWIND keptNodes AS a
  MATCH (a)-[r]->(b)
  WHERE b IN keptNodes
  RETURN collect({type: type(r), source: elementId(a), target: elementId(b), properties: properties(r)}) AS edges
}
RETURN [k IN kept | {element: elementId(k.node), kind: k.kind, key: k.node[$keyOf[k.kind]], degree: k.degree, properties: properties(k.node)}] AS nodes,
       edges, size(kept) AS total
