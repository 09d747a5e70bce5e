// Every skill that transitively requires this one, and the REQUIRES edges among them.
UNWIND $slugs AS slug
MATCH (s:Skill {slug: slug})
WITH slug, s, COLLECT { MATCH (s)<-[:REQUIRES]-+(d:Skill) RETURN DISTINCT d } AS reached
RETURN slug,
       [d IN reached | d {.*, createdAt: toString(d.createdAt), updatedAt: toString(d.updatedAt)}] AS nodes,
       [d IN reached + s | [d.slug, [(d)<-[:REQUIRES]-(q:Skill) | q.slug]]] AS edges
