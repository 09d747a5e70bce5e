// The $n skills the most O*NET occupations use (the hubs of the real graph), biggest first.
MATCH (s:Skill)
WITH s, COUNT { (s)<-[:USES]-(:Occupation) } AS occupations
WHERE occupations > 0
RETURN s.slug AS slug
ORDER BY occupations DESC, slug
LIMIT $n
