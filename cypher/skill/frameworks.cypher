UNWIND $slugs AS slug
MATCH (:Skill {slug: slug})-[:COVERS]->(f:Framework)
RETURN slug, f {.*} AS node
ORDER BY slug, f.name
