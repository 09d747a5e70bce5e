// Template: {{Label}} is a node label. Every node a data set owns.
MATCH (n:{{Label}} {dataset: $dataset})
RETURN n.slug AS slug, coalesce(n.code, n.slug) AS name
