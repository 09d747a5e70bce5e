UNWIND $slugs AS slug
MATCH (:Framework {slug: slug})<-[:COVERS]-(r:Resource)
RETURN slug, r {.*} AS node
ORDER BY slug, r.title
