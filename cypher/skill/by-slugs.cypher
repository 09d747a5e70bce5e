UNWIND $slugs AS slug
MATCH (s:Skill {slug: slug})
RETURN slug, s {.*} AS node
