// Each company's HIRES_FOR edges with their sources and position (cf. company/skills).
UNWIND $slugs AS slug
MATCH (:Company {slug: slug})-[r:HIRES_FOR]->(s:Skill)
RETURN slug, {
  node: s {.*, createdAt: toString(s.createdAt), updatedAt: toString(s.updatedAt)},
  source: r.source, sources: coalesce(r.sources, [r.source]), position: r.position
} AS node
ORDER BY slug, s.name
