UNWIND $slugs AS slug
MATCH (:Skill {slug: slug})<-[:HIRES_FOR]-(c:Company)
RETURN slug, c {.*} AS node
ORDER BY slug, c.name
