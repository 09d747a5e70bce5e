CALL db.index.fulltext.queryNodes('search_v3', $query) YIELD node AS s
WITH s
WHERE s:Skill
  AND s.slug > $after
  AND ($category IS NULL OR s.category = $category)
  AND ($level IS NULL OR s.level = $level)
  AND ($trend IS NULL OR s.trend = $trend)
  AND ($hiredBy IS NULL OR EXISTS { (:Company {slug: $hiredBy})-[:HIRES_FOR]->(s) })
RETURN {{record Skill s}} AS node
ORDER BY s.slug
LIMIT $limit
