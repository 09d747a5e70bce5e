// $bySource: the edges a source positioned (the seed page's order) first, by position.
UNWIND $slugs AS slug
MATCH (:Skill {slug: slug})<-[e:HIRES_FOR]-(c:Company)
RETURN slug, c {.*, createdAt: toString(c.createdAt), updatedAt: toString(c.updatedAt)} AS node
ORDER BY slug, CASE WHEN $bySource THEN e.position END, c.name
