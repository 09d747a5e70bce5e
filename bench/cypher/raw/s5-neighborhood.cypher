// The same view as skillgraph's neighborhood(depth: 2): every node within 2 hops
// (either direction), nearest first, then best connected, then kind and key, cut at
// $limit, and every relationship among the nodes kept, as compact lists.
// RELATED_TO (the internal related-skill lists) is neither walked nor counted.
MATCH (c:Skill {slug: $slug})
MATCH p = (c)-[*0..2]-(n)
WHERE all(r IN relationships(p) WHERE type(r) <> 'RELATED_TO')
WITH n, min(length(p)) AS distance
WITH n, distance, labels(n)[0] AS kind, COUNT { (n)--() } - COUNT { (n)-[:RELATED_TO]-() } AS degree
ORDER BY distance, degree DESC, kind, coalesce(n.slug, n.code)
WITH collect({n: n, kind: kind}) AS reached
WITH reached[0..$limit] AS kept, size(reached) AS total
WITH kept, total, [k IN kept | k.n] AS keptNodes
CALL (keptNodes) {
  UNWIND keptNodes AS a
  MATCH (a)-[r]->(b)
  WHERE b IN keptNodes AND type(r) <> 'RELATED_TO'
  RETURN collect([type(r), elementId(a), elementId(b)]) AS edges
}
RETURN [k IN kept | [elementId(k.n), k.kind, coalesce(k.n.slug, k.n.code), coalesce(k.n.name, k.n.title, k.n.code)]] AS nodes, edges, total
