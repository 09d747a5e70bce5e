UNWIND $slugs AS slug
MATCH (:Skill {slug: slug})<-[:TEACHES]-(r:Resource)
RETURN slug, r {.*, createdAt: toString(r.createdAt), updatedAt: toString(r.updatedAt)} AS node
ORDER BY slug, r.kind, r.title
