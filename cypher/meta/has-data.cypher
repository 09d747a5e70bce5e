MATCH (n:Skill) RETURN count(n) > 0 AS hasData
