// The mitigations of each item with ATLAS's per-technique `use` text (cf.
// framework-item/mitigations, same items and order): a technique's own MITIGATES edges,
// and for a risk those of the techniques its publisher references (origin 'official'),
// each reached technique kept with the OWASP link's sources after ATLAS's.
UNWIND $slugs AS slug
MATCH (i:FrameworkItem {slug: slug})
CALL (i) {
  MATCH (i)<-[r:MITIGATES]-(m:FrameworkItem)
  RETURN m, r, null AS technique, '' AS sortKey, [] AS linkSources
  UNION
  MATCH (i)-[l:MAPS_TO {origin: 'official'}]->(t:FrameworkItem)<-[r:MITIGATES]-(m:FrameworkItem)
  WHERE i.kind = 'RISK'
  RETURN m, r, t {.*} AS technique, t.sortKey AS sortKey, coalesce(l.sources, [l.source]) AS linkSources
}
WITH slug, m, r, technique, linkSources
ORDER BY sortKey
WITH slug, m, collect({
  technique: technique, how: r.use, source: r.source, sources: coalesce(r.sources, [r.source]) + linkSources
}) AS uses
RETURN slug, {node: m {.*}, uses: uses} AS node
ORDER BY slug, m.sortKey
