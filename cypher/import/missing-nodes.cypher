// Template: {{Label}} is a node label. The slugs among $slugs with no such node.
UNWIND $slugs AS slug
OPTIONAL MATCH (n:{{Label}} {slug: slug})
WITH slug, n
WHERE n IS NULL
RETURN slug
