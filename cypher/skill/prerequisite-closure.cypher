// Every transitive prerequisite (slug and name: enough to order them) and the REQUIRES
// edges among them, for ordering in code; the steps' properties are read after, for the
// steps asked for only. RETURN DISTINCT inside COLLECT lets the planner prune the
// expansion (breadth-first, each node once) instead of enumerating every path. At most
// $maxSteps + 1 are collected: a larger closure is refused (its order needs all of it),
// so one request never walks a large graph whole.
UNWIND $slugs AS slug
MATCH (s:Skill {slug: slug})
WITH slug, s, COLLECT { MATCH (s)-[:REQUIRES]->+(p:Skill) RETURN DISTINCT p LIMIT $maxSteps + 1 } AS reached
WITH slug, s, reached, size(reached) > $maxSteps AS tooLarge
RETURN slug,
       tooLarge,
       CASE WHEN tooLarge THEN [] ELSE [p IN reached | {slug: p.slug, name: p.name}] END AS nodes,
       CASE WHEN tooLarge THEN [] ELSE [p IN reached + s | [p.slug, [(p)-[:REQUIRES]->(q:Skill) | q.slug]]] END AS edges
