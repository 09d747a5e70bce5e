UNWIND $slugs AS slug
MATCH (c:Company {slug: slug})
RETURN slug, c {.*, createdAt: toString(c.createdAt), updatedAt: toString(c.updatedAt)} AS node
