UNWIND $slugs AS slug
MATCH (:FrameworkItem {slug: slug})<-[:COVERS]-(r:Resource)
RETURN slug, r {.*} AS node
ORDER BY slug, r.title
