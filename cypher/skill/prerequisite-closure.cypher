// Every transitive prerequisite and the REQUIRES edges among them, for ordering in
// code. RETURN DISTINCT inside COLLECT lets the planner prune the expansion
// (breadth-first, each node once) instead of enumerating every path.
UNWIND $slugs AS slug
MATCH (s:Skill {slug: slug})
WITH slug, s, COLLECT { MATCH (s)-[:REQUIRES]->+(p:Skill) RETURN DISTINCT p } AS reached
RETURN slug,
       [p IN reached | p {.*, createdAt: toString(p.createdAt), updatedAt: toString(p.updatedAt)}] AS nodes,
       [p IN reached + s | [p.slug, [(p)-[:REQUIRES]->(q:Skill) | q.slug]]] AS edges
