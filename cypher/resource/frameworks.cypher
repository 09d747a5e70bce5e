UNWIND $slugs AS slug
MATCH (:Resource {slug: slug})-[:COVERS]->(f:Framework)
RETURN slug, f {.*} AS node
ORDER BY slug, f.name
