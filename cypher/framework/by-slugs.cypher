UNWIND $slugs AS slug
MATCH (f:Framework {slug: slug})
RETURN slug, f {.*} AS node
