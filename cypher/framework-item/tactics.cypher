// The ATLAS tactics an item serves: a technique's (a sub-technique inherits its
// parent's), the tactics of a case study's steps, or those a risk maps to.
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
  MATCH (i)-[:MAPS_TO]-(t:FrameworkItem {kind: 'TACTIC'})
  RETURN t
}
RETURN slug, t {.*} AS node
ORDER BY slug, t.sortKey
