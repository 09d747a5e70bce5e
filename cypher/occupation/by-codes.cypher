UNWIND $slugs AS slug
MATCH (o:Occupation {code: slug})
RETURN slug, o {.*, createdAt: toString(o.createdAt), updatedAt: toString(o.updatedAt)} AS node
