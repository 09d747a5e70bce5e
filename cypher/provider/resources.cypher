UNWIND $slugs AS slug
MATCH (:Provider {slug: slug})<-[:OFFERED_BY]-(r:Resource)
RETURN slug, r {.*} AS node
ORDER BY slug, r.title
