UNWIND $slugs AS slug
MATCH (:Framework {slug: slug})<-[:COVERS]-(s:Skill)
RETURN slug, s {.*} AS node
ORDER BY slug, s.name
