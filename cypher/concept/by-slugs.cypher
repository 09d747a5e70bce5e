UNWIND $slugs AS slug
MATCH (c:Concept {slug: slug})
RETURN slug, c {.*} AS node
