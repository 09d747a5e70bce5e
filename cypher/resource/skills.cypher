UNWIND $slugs AS slug
MATCH (:Resource {slug: slug})-[:TEACHES]->(s:Skill)
RETURN slug, s {.*} AS node
ORDER BY slug, s.name
