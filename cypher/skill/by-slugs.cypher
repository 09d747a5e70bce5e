UNWIND $slugs AS slug
MATCH (s:Skill {slug: slug})
RETURN slug, s {.*, createdAt: toString(s.createdAt), updatedAt: toString(s.updatedAt)} AS node
