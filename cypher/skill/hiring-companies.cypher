UNWIND $slugs AS slug
MATCH (:Skill {slug: slug})<-[:HIRES_FOR]-(c:Company)
RETURN slug, c {.*, createdAt: toString(c.createdAt), updatedAt: toString(c.updatedAt)} AS node
ORDER BY slug, c.name
