// Each skill's HIRES_FOR edges with their sources and position (cf. skill/hiring-companies).
UNWIND $slugs AS slug
MATCH (:Skill {slug: slug})<-[r:HIRES_FOR]-(c:Company)
RETURN slug, {
  node: c {.*, createdAt: toString(c.createdAt), updatedAt: toString(c.updatedAt)},
  source: r.source, sources: coalesce(r.sources, [r.source]), position: r.position
} AS node
ORDER BY slug, c.name
