UNWIND $slugs AS slug
MATCH (r:Resource {slug: slug})
RETURN slug, r {.*} AS node
