UNWIND $slugs AS slug
MATCH (:Skill {slug: slug})-[:REQUIRES]->(p:Skill)
RETURN slug, p {.*} AS node
ORDER BY slug, p.name
