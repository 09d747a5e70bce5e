// The case studies that used a technique (a parent technique's include those that
// used one of its sub-techniques: each of them is a way to carry it out), and for a
// risk those its publisher cites and those that used the techniques it references
// (origin 'official', as in mitigations.cypher).
UNWIND $slugs AS slug
MATCH (i:FrameworkItem {slug: slug})
CALL (i) {
  MATCH (i)<-[:PART_OF]-{0,1}(t:FrameworkItem)<-[:USES]-(c:FrameworkItem)
  WHERE i.kind IN ['TECHNIQUE', 'SUBTECHNIQUE']
  RETURN c
  UNION
  MATCH (i)-[:MAPS_TO {origin: 'official'}]->(c:FrameworkItem {kind: 'CASE_STUDY'})
  WHERE i.kind = 'RISK'
  RETURN c
  UNION
  MATCH (i)-[:MAPS_TO {origin: 'official'}]->(x:FrameworkItem)<-[:PART_OF]-{0,1}(t:FrameworkItem)<-[:USES]-(c:FrameworkItem)
  WHERE i.kind = 'RISK' AND x.kind IN ['TECHNIQUE', 'SUBTECHNIQUE']
  RETURN c
}
RETURN slug, c {.*} AS node
ORDER BY slug, c.sortKey
