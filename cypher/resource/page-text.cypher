CALL db.index.fulltext.queryNodes('search_v3', $query) YIELD node AS r
WITH r
WHERE r:Resource
  AND r.slug > $after
  AND ($kind IS NULL OR r.kind = $kind)
  AND ($level IS NULL OR r.level = $level)
  AND ($cost IS NULL OR r.cost = $cost)
  AND ($provider IS NULL OR EXISTS { (r)-[:OFFERED_BY]->(:Provider {slug: $provider}) })
  AND ($skill IS NULL OR EXISTS { (r)-[:TEACHES]->(:Skill {slug: $skill}) })
RETURN r {.*} AS node
ORDER BY r.slug
LIMIT $limit
