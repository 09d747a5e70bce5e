UNWIND $slugs AS slug
MATCH (:Resource {slug: slug})-[:OFFERED_BY]->(p:Provider)
RETURN slug, p {.*} AS node
ORDER BY slug, p.name
