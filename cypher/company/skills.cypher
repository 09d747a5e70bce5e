UNWIND $slugs AS slug
MATCH (:Company {slug: slug})-[:HIRES_FOR]->(s:Skill)
RETURN slug, {{record Skill s}} AS node
ORDER BY slug, s.name
