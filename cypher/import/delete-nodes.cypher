// Template: {{Label}} is a node label. Prunes nodes a data set owns that its new
// file no longer has, with their relationships.
UNWIND $slugs AS slug
MATCH (n:{{Label}} {slug: slug, dataset: $dataset})
DETACH DELETE n
RETURN count(*) AS removed
