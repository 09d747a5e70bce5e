// Template: {{Label}} is a node label from src/graph-vocabulary.ts.
// The stored properties of existing nodes, so an upsert can keep the fields it leaves out.
UNWIND $slugs AS slug
MATCH (n:{{Label}} {slug: slug})
RETURN slug, n {.*} AS props
