// Skills spread evenly over the demand ranking (a stable sample at every size).
MATCH (s:Skill)
WHERE s.demandRank % $stride = 0
RETURN s.slug AS slug
ORDER BY s.demandRank
LIMIT $n
