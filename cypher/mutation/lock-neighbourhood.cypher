// Takes the write locks of a skill and of every node it has a relationship with, before
// deleteSkill deletes it (DETACH DELETE changes every neighbour's relationships, which locks
// each one, in no particular order). Taken here in the order every write takes node locks
// (src/writes/lock-nodes.ts: by label, then key), so the delete waits on the related-lists
// worker and other writes but does not deadlock with them. No row when there is no such skill.
// `missed`: neighbours found once every lock is held that were not locked (an edge a write
// committed between the read and the lock of the skill): the caller's transaction starts over.
MATCH (s:Skill {slug: $slug})
CALL (s) {
  OPTIONAL MATCH (s)--(n)
  WITH s, collect(DISTINCT n) AS neighbours
  UNWIND neighbours + [s] AS n
  WITH DISTINCT n
  ORDER BY head(labels(n)), coalesce(n.slug, n.code)
  SET n._lock = true
  REMOVE n._lock
  RETURN collect(elementId(n)) AS locked
}
RETURN COUNT { (s)--(n) WHERE NOT elementId(n) IN locked } AS missed
