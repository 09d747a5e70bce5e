// Every provider of each resource, in its source's order (OFFERED_BY.position), then by name.
UNWIND $slugs AS slug
MATCH (:Resource {slug: slug})-[o:OFFERED_BY]->(p:Provider)
RETURN slug, p {.*} AS node
ORDER BY slug, o.position, p.name
