UNWIND $slugs AS slug
MATCH (:Skill {slug: slug})-[:COVERS]->(f:Framework)
RETURN slug, f {.*, createdAt: toString(f.createdAt), updatedAt: toString(f.updatedAt)} AS node
ORDER BY slug, f.name
