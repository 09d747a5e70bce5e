// $source (null: any) keeps the resources whose TEACHES edge that source states;
// $bySource puts the edges a source positioned (the seed page's order) first.
UNWIND $slugs AS slug
MATCH (:Skill {slug: slug})<-[e:TEACHES]-(r:Resource)
WHERE $source IS NULL OR $source IN coalesce(e.sources, [e.source])
RETURN slug, r {.*, createdAt: toString(r.createdAt), updatedAt: toString(r.updatedAt)} AS node
ORDER BY slug, CASE WHEN $bySource THEN e.position END, r.kind, r.title
