// Every REQUIRES edge, for checking that an import keeps the prerequisite graph acyclic.
MATCH (a:Skill)-[:REQUIRES]->(b:Skill)
RETURN a.slug AS skill, b.slug AS requires
