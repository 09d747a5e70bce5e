UNWIND $slugs AS slug
MATCH (:Concept {slug: slug})<-[:COVERS]-(r:Resource)
RETURN slug, r {.*} AS node
ORDER BY slug, r.title
