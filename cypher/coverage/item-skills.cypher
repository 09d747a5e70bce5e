// The skills that cover each item: their COVERS edges to it, then, for an ATLAS
// sub-technique, those to its technique (`inheritedFrom`: a rule, not a statement).
// The kind follows from the edge's sources: only `curated` is our judgement.
UNWIND $slugs AS slug
MATCH (i:FrameworkItem {slug: slug})
CALL (i) {
  MATCH (i)<-[c:COVERS]-(s:Skill)
  RETURN s, c, null AS parent
  UNION
  MATCH (i)-[:PART_OF]->(p:FrameworkItem {kind: 'TECHNIQUE'})<-[c:COVERS]-(s:Skill)
  WHERE i.kind = 'SUBTECHNIQUE'
  RETURN s, c, p AS parent
}
WITH slug, s, c, parent, coalesce(c.sources, [c.source]) AS sources
WITH slug, s, c, parent, sources, CASE WHEN all(x IN sources WHERE x = 'curated') THEN 'CURATED' ELSE 'STATED' END AS kind
RETURN slug, {skill: s {.*}, kind: kind, sources: sources, note: c.note, inheritedFrom: parent {.*}} AS node
ORDER BY slug, parent IS NOT NULL, kind DESC, s.name
