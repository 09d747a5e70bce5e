// Skills hired for by every company in $slugs (already checked to exist).
MATCH (c:Company)-[:HIRES_FOR]->(s:Skill)
WHERE c.slug IN $slugs
WITH s, count(DISTINCT c) AS hirers
WHERE hirers = size($slugs)
RETURN {{record Skill s}} AS node
ORDER BY s.name
