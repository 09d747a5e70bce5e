UNWIND $slugs AS slug
MATCH (:Skill {slug: slug})-[:REQUIRES]->(p:Skill)
RETURN slug, p {.*, createdAt: toString(p.createdAt), updatedAt: toString(p.updatedAt)} AS node
ORDER BY slug, p.name
