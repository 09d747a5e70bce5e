UNWIND $slugs AS slug
MATCH (:Company {slug: slug})-[:HIRES_FOR]->(s:Skill)
RETURN slug, s {.*} AS node
ORDER BY slug, s.name
