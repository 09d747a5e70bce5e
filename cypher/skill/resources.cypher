UNWIND $slugs AS slug
MATCH (:Skill {slug: slug})<-[:TEACHES]-(r:Resource)
RETURN slug, r {.*} AS node
ORDER BY slug, r.kind, r.title
