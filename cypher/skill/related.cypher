// The stored related skills of each skill, best first (at most $limit of the K kept;
// computed by src/related/, kept current after every write that changes them), with when
// the list last changed. One index seek per skill, then its list's relationships. The
// lists store what two skills share by key (`r.vias`), not by name, so a rename never
// touches them: `labels` looks up the current name of each via of the entries returned,
// once per distinct key, by its label's unique slug (an occupation by its code).
UNWIND $slugs AS slug
MATCH (s:Skill {slug: slug})
RETURN slug, toString(s.relatedAt) AS computedAt,
       COLLECT {
         MATCH (s)-[r:RELATED_TO]->(o:Skill)
         WHERE r.rank <= $limit
         RETURN [r.score, r.shared, {{record Skill o}}]
         ORDER BY r.rank
       } AS related,
       COLLECT {
         MATCH (s)-[r:RELATED_TO]->(:Skill)
         WHERE r.rank <= $limit
         UNWIND coalesce(r.vias, []) AS key
         WITH DISTINCT key
         CALL (key) {
           WITH key WHERE key STARTS WITH 'skill:'
           MATCH (x:Skill {slug: substring(key, 6)})
           RETURN x.name AS name, null AS code
           UNION ALL
           WITH key WHERE key STARTS WITH 'company:'
           MATCH (x:Company {slug: substring(key, 8)})
           RETURN x.name AS name, null AS code
           UNION ALL
           WITH key WHERE key STARTS WITH 'resource:'
           MATCH (x:Resource {slug: substring(key, 9)})
           RETURN coalesce(x.title, x.name) AS name, null AS code
           UNION ALL
           WITH key WHERE key STARTS WITH 'occupation:'
           MATCH (x:Occupation {code: substring(key, 11)})
           RETURN coalesce(x.title, x.name) AS name, null AS code
           UNION ALL
           WITH key WHERE key STARTS WITH 'covers:Concept:'
           MATCH (x:Concept {slug: substring(key, 15)})
           RETURN x.name AS name, x.code AS code
           UNION ALL
           WITH key WHERE key STARTS WITH 'covers:Framework:'
           MATCH (x:Framework {slug: substring(key, 17)})
           RETURN x.name AS name, x.code AS code
           UNION ALL
           WITH key WHERE key STARTS WITH 'covers:FrameworkItem:'
           MATCH (x:FrameworkItem {slug: substring(key, 21)})
           RETURN x.name AS name, x.code AS code
         }
         RETURN [key, name, code]
       } AS labels
