UNWIND $slugs AS slug
MATCH (:TechnologyCategory {code: slug})-[:PART_OF]->(p:TechnologyCategory)
RETURN slug, p {.*, createdAt: toString(p.createdAt), updatedAt: toString(p.updatedAt)} AS node
