UNWIND $slugs AS slug
MATCH (:Company {slug: slug})-[:HIRES_FOR]->(s:Skill)
RETURN slug, s {.*, createdAt: toString(s.createdAt), updatedAt: toString(s.updatedAt)} AS node
ORDER BY slug, s.name
