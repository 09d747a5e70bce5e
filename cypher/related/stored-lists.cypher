// The stored related lists of the given skills, best first, with their bookkeeping.
UNWIND $slugs AS slug
MATCH (s:Skill {slug: slug})
RETURN slug, s.relatedNorm AS norm, s.relatedHash AS hash, s.relatedAt IS NOT NULL AS computed,
       COLLECT { MATCH (s)-[r:RELATED_TO]->(o:Skill) RETURN [o.slug, r.score, r.shared, r.rank] ORDER BY r.rank } AS entries
