UNWIND $slugs AS slug
MATCH (:Concept {slug: slug})<-[:COVERS]-(s:Skill)
RETURN slug, s {.*} AS node
ORDER BY slug, s.name
