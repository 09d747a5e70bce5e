// Skills the O*NET release no longer lists lose its demand figures.
MATCH (s:Skill)
WHERE s.onetRank IS NOT NULL AND NOT s.slug IN $slugs
REMOVE s.onetOccupations, s.onetHot, s.onetInDemand, s.onetRank
RETURN count(s) AS cleared
