// Keyset page ordered by slug: $after is '' for the first page so the slug index
// serves both the range and the order.
MATCH (s:Skill)
WHERE s.slug > $after
  AND ($category IS NULL OR s.category = $category)
  AND ($level IS NULL OR s.level = $level)
  AND ($trend IS NULL OR s.trend = $trend)
  AND ($hiredBy IS NULL OR EXISTS { (:Company {slug: $hiredBy})-[:HIRES_FOR]->(s) })
RETURN {{record Skill s}} AS node
ORDER BY s.slug
LIMIT $limit
