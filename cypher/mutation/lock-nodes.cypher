// Template: {{Label}} is a node label from src/graph-vocabulary.ts.
// Takes the write locks of the given nodes, in slug order, before a write changes them or
// their relationships (src/writes/lock-nodes.ts: every write locks what it writes first, in
// one order). A plain SET takes only the node's lock; statements that read and write a
// property in one SET, MERGE a relationship, or create or delete one also take a second
// lock per node (relationship groups), which is safe only once the node's lock is held.
// Setting and removing a property is Cypher's way to take a node's lock without changing it.
UNWIND $slugs AS slug
MATCH (n:{{Label}} {slug: slug})
WITH n
ORDER BY n.slug
SET n._lock = true
REMOVE n._lock
RETURN count(n) AS locked
