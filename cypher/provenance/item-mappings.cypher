// Each item's direct MAPS_TO mappings (either direction), one row per mapped item with
// every statement of it: the data sets' parallel edges (keyed by data set), most
// confident first. Confidence as in framework-item/crosswalk-*: 0.5 where none is stored.
// $to optionally keeps one framework's items.
UNWIND $slugs AS slug
MATCH (i:FrameworkItem {slug: slug})-[r:MAPS_TO]-(o:FrameworkItem)
WHERE o <> i AND ($to IS NULL OR o.framework = $to)
WITH slug, o, r
ORDER BY coalesce(r.confidence, 0.5) DESC, r.source
WITH slug, o, collect(r {
  .source, .dataset, .origin, .label, .note, .sections, .tier, .scope, .check, .position,
  confidence: coalesce(r.confidence, 0.5), sources: coalesce(r.sources, [r.source])
}) AS statements
RETURN slug, {node: o {.*}, statements: statements} AS node
ORDER BY slug, statements[0].confidence DESC, o.sortKey
