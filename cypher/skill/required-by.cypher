UNWIND $slugs AS slug
MATCH (:Skill {slug: slug})<-[:REQUIRES]-(d:Skill)
RETURN slug, d {.*, createdAt: toString(d.createdAt), updatedAt: toString(d.updatedAt)} AS node
ORDER BY slug, d.name
