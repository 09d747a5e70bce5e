UNWIND $slugs AS slug
MATCH (:Skill {slug: slug})-[:COVERS]->(c:Concept)
RETURN slug, c {.*} AS node
ORDER BY slug, c.name
