// The stored related skills of each skill, best first (at most $limit of the K kept;
// computed by src/related/, kept current by every write that changes them), with when
// the list last changed. One index seek per skill, then its list's relationships.
UNWIND $slugs AS slug
MATCH (s:Skill {slug: slug})
RETURN slug, toString(s.relatedAt) AS computedAt,
       COLLECT {
         MATCH (s)-[r:RELATED_TO]->(o:Skill)
         WHERE r.rank <= $limit
         RETURN [r.score, r.shared, o {.*, createdAt: toString(o.createdAt), updatedAt: toString(o.updatedAt)}]
         ORDER BY r.rank
       } AS related
