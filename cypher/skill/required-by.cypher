UNWIND $slugs AS slug
MATCH (:Skill {slug: slug})<-[:REQUIRES]-(d:Skill)
RETURN slug, {{record Skill d}} AS node
ORDER BY slug, d.name
