UNWIND $slugs AS slug
MATCH (c:Company {slug: slug})
RETURN slug, c {.*} AS node
