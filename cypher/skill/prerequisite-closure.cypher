// Every transitive prerequisite (as its record) and the REQUIRES edges among them, for
// ordering in code. RETURN DISTINCT inside COLLECT lets the planner prune the expansion
// (breadth-first, each node once) instead of enumerating every path. At most $maxSteps + 1
// are collected: a larger closure is refused (its order needs all of it), so one request
// never walks a large graph whole, and what is returned stays bounded too.
UNWIND $slugs AS slug
MATCH (s:Skill {slug: slug})
WITH slug, s, COLLECT { MATCH (s)-[:REQUIRES]->+(p:Skill) RETURN DISTINCT p LIMIT $maxSteps + 1 } AS reached
WITH slug, s, reached, size(reached) > $maxSteps AS tooLarge
RETURN slug,
       tooLarge,
       CASE WHEN tooLarge THEN [] ELSE [p IN reached | {{record Skill p}}] END AS nodes,
       CASE WHEN tooLarge THEN [] ELSE [p IN reached + s | [p.slug, [(p)-[:REQUIRES]->(q:Skill) | q.slug]]] END AS edges
