// The whole prerequisite graph, to check that an import keeps it acyclic.
MATCH (a:Skill)-[r:REQUIRES]->(b:Skill)
RETURN a.slug AS from, b.slug AS to, r.dataset AS dataset
