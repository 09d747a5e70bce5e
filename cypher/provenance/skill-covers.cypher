// Each skill's COVERS edges to framework items with their sources and note (cf. skill/covers).
UNWIND $slugs AS slug
MATCH (:Skill {slug: slug})-[r:COVERS]->(i:FrameworkItem)
RETURN slug, {
  node: i {.*},
  source: r.source, sources: coalesce(r.sources, [r.source]), position: r.position, note: r.note
} AS node
ORDER BY slug, i.framework, i.sortKey
