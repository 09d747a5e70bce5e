// Each skill's incoming REQUIRES edges (its dependents) with what they say (cf. skill/required-by).
UNWIND $slugs AS slug
MATCH (:Skill {slug: slug})<-[r:REQUIRES]-(d:Skill)
RETURN slug, {
  node: d {.*, createdAt: toString(d.createdAt), updatedAt: toString(d.updatedAt)},
  source: r.source, sources: coalesce(r.sources, [r.source]), position: r.position,
  reason: r.reason, shortcut: r.shortcut
} AS node
ORDER BY slug, d.name
