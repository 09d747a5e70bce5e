// Adds skill -[:REQUIRES]-> requires unless that closes a cycle, in one round trip so
// the lock is held briefly. First the prerequisite lock (as in
// mutation/lock-prerequisites: held until the transaction ends); then, in a subquery
// that depends on the locked node and so runs after the lock is taken, `back`: the
// shortest existing path from `requires` to `skill` (the cycle the edge would close).
// Only when there is none is the edge merged, with graph-batch's timestamps and source.
MERGE (l:WriteLock {name: 'prerequisites'})
ON CREATE SET l.source = 'internal'
SET l.writes = coalesce(l.writes, 0) + 1
WITH l
CALL (l) {
  MATCH (s:Skill {slug: $skill}), (r:Skill {slug: $requires})
  WHERE l.writes > 0
  OPTIONAL MATCH path = shortestPath((r)-[:REQUIRES*]->(s))
  WITH s, r, [n IN nodes(path) | n.slug] AS back
  CALL (s, r, back) {
    WITH s, r WHERE back IS NULL
    MERGE (s)-[e:REQUIRES]->(r)
    ON CREATE SET e.createdAt = $now, e.updatedAt = $now, e.source = $source
    RETURN sum(toInteger(e.createdAt = $now)) AS created
  }
  RETURN back, created
}
RETURN back, created
