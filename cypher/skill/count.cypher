MATCH (s:Skill)
WHERE ($category IS NULL OR s.category = $category)
  AND ($level IS NULL OR s.level = $level)
  AND ($trend IS NULL OR s.trend = $trend)
  AND ($hiredBy IS NULL OR EXISTS { (:Company {slug: $hiredBy})-[:HIRES_FOR]->(s) })
RETURN count(s) AS total
