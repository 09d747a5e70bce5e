MATCH (s:Skill)
WHERE s.category IS NOT NULL
RETURN s.category AS name, count(*) AS skillCount
ORDER BY name
