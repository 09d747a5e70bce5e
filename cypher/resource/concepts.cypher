UNWIND $slugs AS slug
MATCH (:Resource {slug: slug})-[:COVERS]->(c:Concept)
RETURN slug, c {.*} AS node
ORDER BY slug, c.name
