// The mitigations that apply where an item applies: a technique's or sub-technique's
// own, and for a risk those of the techniques its publisher references. Only OWASP's
// own references (origin 'official') count: community rows can name the wrong ATLAS id.
UNWIND $slugs AS slug
MATCH (i:FrameworkItem {slug: slug})
CALL (i) {
  MATCH (i)<-[:MITIGATES]-(m:FrameworkItem)
  RETURN m
  UNION
  MATCH (i)-[:MAPS_TO {origin: 'official'}]->(:FrameworkItem)<-[:MITIGATES]-(m:FrameworkItem)
  WHERE i.kind = 'RISK'
  RETURN m
}
RETURN slug, m {.*} AS node
ORDER BY slug, m.sortKey
