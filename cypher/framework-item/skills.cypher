UNWIND $slugs AS slug
MATCH (:FrameworkItem {slug: slug})<-[:COVERS]-(s:Skill)
RETURN slug, s {.*} AS node
ORDER BY slug, s.name
