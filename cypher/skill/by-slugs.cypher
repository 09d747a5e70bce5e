UNWIND $slugs AS slug
MATCH (s:Skill {slug: slug})
RETURN slug, {{record Skill s}} AS node
