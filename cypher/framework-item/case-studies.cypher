// The case studies that used a technique, or that a risk points to.
UNWIND $slugs AS slug
MATCH (i:FrameworkItem {slug: slug})
CALL (i) {
  MATCH (i)<-[:USES]-(c:FrameworkItem)
  RETURN c
  UNION
  MATCH (i)-[:MAPS_TO]-(c:FrameworkItem {kind: 'CASE_STUDY'})
  RETURN c
}
RETURN slug, c {.*} AS node
ORDER BY slug, c.sortKey
