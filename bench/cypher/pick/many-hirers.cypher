// Skills with at least $min hiring companies (for "50 companies hiring for a skill").
MATCH (s:Skill)
WHERE COUNT { (s)<-[:HIRES_FOR]-(:Company) } >= $min
RETURN s.slug AS slug
ORDER BY s.slug
LIMIT $n
