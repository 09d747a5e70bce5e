// Every skill that transitively requires this one (as its record) and the REQUIRES edges
// among them: as prerequisite-closure.cypher, the other way, bounded the same way.
UNWIND $slugs AS slug
MATCH (s:Skill {slug: slug})
WITH slug, s, COLLECT { MATCH (s)<-[:REQUIRES]-+(d:Skill) RETURN DISTINCT d LIMIT $maxSteps + 1 } AS reached
WITH slug, s, reached, size(reached) > $maxSteps AS tooLarge
RETURN slug,
       tooLarge,
       CASE WHEN tooLarge THEN [] ELSE [d IN reached | {{record Skill d}}] END AS nodes,
       CASE WHEN tooLarge THEN [] ELSE [d IN reached + s | [d.slug, [(d)<-[:REQUIRES]-(q:Skill) | q.slug]]] END AS edges
