// $n skills spread evenly over all skills in slug order (a stable sample that needs no
// generated demand rank), leaving out $exclude; with $withOccupations only skills O*NET
// occupations use.
MATCH (s:Skill)
WHERE NOT s.slug IN $exclude AND (NOT $withOccupations OR EXISTS { (s)<-[:USES]-(:Occupation) })
WITH s.slug AS slug ORDER BY slug
WITH collect(slug) AS slugs
WITH slugs, toInteger(ceil(toFloat(size(slugs)) / $n)) AS stride
UNWIND range(0, size(slugs) - 1, CASE WHEN stride < 1 THEN 1 ELSE stride END) AS i
RETURN slugs[i] AS slug
LIMIT $n
