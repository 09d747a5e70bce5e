// Takes the write locks of the skills a list update will write, before it writes any, in
// slug order: the given skills (owners, new entries, norms, cleared marks) and the skills
// the owners' lists point to now (an edge deleted or rewritten locks its target too).
// Every write locks what it writes first, in the same order (src/writes/lock-nodes.ts), so
// the related-lists worker and a write can wait on each other but never deadlock. Setting
// and removing a property is Cypher's way to take a node's write lock without changing it.
UNWIND $slugs AS slug
MATCH (s:Skill {slug: slug})
OPTIONAL MATCH (s)-[:RELATED_TO]->(o:Skill)
WITH collect(DISTINCT s) + collect(DISTINCT o) AS nodes
UNWIND nodes AS n
WITH DISTINCT n
ORDER BY n.slug
SET n._lock = true
REMOVE n._lock
RETURN count(n) AS locked
