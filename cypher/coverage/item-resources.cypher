// The resources that cover each item: their own COVERS edges (STATED, or CURATED when
// every source is `curated`), then the rule THROUGH_SKILL (the resource teaches skills
// that cover the item), each resource once per kind; then the same for an ATLAS
// sub-technique's technique (`inheritedFrom`).
UNWIND $slugs AS slug
MATCH (i:FrameworkItem {slug: slug})
CALL (i) {
  RETURN i AS x, null AS parent
  UNION
  MATCH (i)-[:PART_OF]->(p:FrameworkItem {kind: 'TECHNIQUE'})
  WHERE i.kind = 'SUBTECHNIQUE'
  RETURN p AS x, p AS parent
}
CALL (x) {
  MATCH (x)<-[c:COVERS]-(r:Resource)
  WITH r, c, coalesce(c.sources, [c.source]) AS sources
  RETURN r, CASE WHEN all(v IN sources WHERE v = 'curated') THEN 'CURATED' ELSE 'STATED' END AS kind,
         sources, c.note AS note, [] AS skills
  UNION ALL
  MATCH (x)<-[c:COVERS]-(s:Skill)<-[t:TEACHES]-(r:Resource)
  WITH r, s, coalesce(t.sources, [t.source]) + coalesce(c.sources, [c.source]) AS via
  ORDER BY s.name
  WITH r, collect(DISTINCT s {.*}) AS skills, collect(via) AS vias
  RETURN r, 'THROUGH_SKILL' AS kind, reduce(a = [], l IN vias | a + l) AS sources, null AS note, skills
}
RETURN slug, {resource: r {.*}, kind: kind, sources: sources, note: note, skills: skills, on: x.code,
              inheritedFrom: parent {.*}} AS node
ORDER BY slug, parent IS NOT NULL, CASE kind WHEN 'STATED' THEN 0 WHEN 'CURATED' THEN 1 ELSE 2 END, r.title
