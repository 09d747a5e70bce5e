UNWIND $slugs AS slug
MATCH (:Skill {slug: slug})-[:IN_CATEGORY]->(c:TechnologyCategory)
RETURN slug, c {.*, createdAt: toString(c.createdAt), updatedAt: toString(c.updatedAt)} AS node
ORDER BY slug, c.title
