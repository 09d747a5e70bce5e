// Each skill's REQUIRES edges with what they say (cf. skill/prerequisites, same order).
// `sources` is stored only on an edge several sources state; otherwise it is [source].
UNWIND $slugs AS slug
MATCH (:Skill {slug: slug})-[r:REQUIRES]->(p:Skill)
RETURN slug, {
  node: p {.*, createdAt: toString(p.createdAt), updatedAt: toString(p.updatedAt)},
  source: r.source, sources: coalesce(r.sources, [r.source]), position: r.position,
  reason: r.reason, shortcut: r.shortcut
} AS node
ORDER BY slug, p.name
