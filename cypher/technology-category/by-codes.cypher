UNWIND $slugs AS slug
MATCH (c:TechnologyCategory {code: slug})
RETURN slug, c {.*, createdAt: toString(c.createdAt), updatedAt: toString(c.updatedAt)} AS node
