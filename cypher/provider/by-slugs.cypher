UNWIND $slugs AS slug
MATCH (p:Provider {slug: slug})
RETURN slug, p {.*} AS node
