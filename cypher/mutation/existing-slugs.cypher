// Template: {{Label}} is a node label from src/graph-vocabulary.ts.
// Which of the given slugs exist (references an import makes to nodes it does not carry).
UNWIND $slugs AS slug
MATCH (:{{Label}} {slug: slug})
RETURN collect(slug) AS found
