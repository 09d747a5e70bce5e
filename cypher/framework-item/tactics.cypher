// The ATLAS tactics an item serves: a technique's (a sub-technique inherits its
// parent's), the tactics of a case study's steps, or for a risk the tactics its
// publisher references and those of the techniques it references (origin
// 'official', as in mitigations.cypher).
UNWIND $slugs AS slug
MATCH (i:FrameworkItem {slug: slug})
CALL (i) {
  MATCH (i)-[:PART_OF]->{1,2}(t:FrameworkItem {kind: 'TACTIC'})
  WHERE i.kind IN ['TECHNIQUE', 'SUBTECHNIQUE']
  RETURN t
  UNION
  MATCH (i)-[u:USES]->(:FrameworkItem)
  MATCH (t:FrameworkItem {code: u.tactic})
  RETURN t
  UNION
  MATCH (i)-[:MAPS_TO {origin: 'official'}]->(x:FrameworkItem)-[:PART_OF]->{0,2}(t:FrameworkItem {kind: 'TACTIC'})
  WHERE i.kind = 'RISK' AND x.kind IN ['TACTIC', 'TECHNIQUE', 'SUBTECHNIQUE']
  RETURN t
}
RETURN slug, t {.*} AS node
ORDER BY slug, t.sortKey
