UNWIND $slugs AS slug
MATCH (:TechnologyCategory {code: slug})<-[:PART_OF]-(c:TechnologyCategory)
RETURN slug, c {.*, createdAt: toString(c.createdAt), updatedAt: toString(c.updatedAt)} AS node
ORDER BY slug, c.code
