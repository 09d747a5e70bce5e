// O*NET's demand figures on the skills they describe (O*NET's own skills and the skills
// technologies merged into), written only where they changed so a rerun writes nothing.
UNWIND $rows AS row
MATCH (s:Skill {slug: row.slug})
WITH s, row
WHERE s.onetOccupations IS NULL OR s.onetOccupations <> row.occupations OR s.onetHot <> row.hot
   OR s.onetInDemand <> row.inDemand OR s.onetRank <> row.rank
SET s.onetOccupations = row.occupations, s.onetHot = row.hot, s.onetInDemand = row.inDemand, s.onetRank = row.rank
RETURN count(s) AS changed
