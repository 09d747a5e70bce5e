// Template: {{Label}} is a node label. Who owns each existing node among $slugs:
// the data set that imported it (null for curated seed nodes), and whether it is a
// seed stub that an import may take over.
UNWIND $slugs AS slug
MATCH (n:{{Label}} {slug: slug})
RETURN slug, n.dataset AS dataset, coalesce(n.stub, false) AS stub
