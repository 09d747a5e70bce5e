// The ATLAS techniques an item points at: a mitigation's targets, a tactic's
// techniques, the techniques a case study used, or those a risk's publisher
// references (origin 'official', as in mitigations.cypher).
UNWIND $slugs AS slug
MATCH (i:FrameworkItem {slug: slug})
CALL (i) {
  MATCH (i)-[:MITIGATES]->(t:FrameworkItem)
  RETURN t
  UNION
  MATCH (i)<-[:PART_OF]-(t:FrameworkItem)
  WHERE i.kind = 'TACTIC'
  RETURN t
  UNION
  MATCH (i)-[:USES]->(t:FrameworkItem)
  RETURN t
  UNION
  MATCH (i)-[:MAPS_TO {origin: 'official'}]->(t:FrameworkItem)
  WHERE i.kind = 'RISK' AND t.kind IN ['TECHNIQUE', 'SUBTECHNIQUE']
  RETURN t
}
RETURN slug, t {.*} AS node
ORDER BY slug, t.sortKey
