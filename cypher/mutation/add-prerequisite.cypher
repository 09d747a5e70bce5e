// Makes `skill` require `requires` unless that closes a cycle, in one statement that runs as
// its own auto-commit transaction (QueryRunner.writeNow): Neo4j commits as it ends, so the
// prerequisite lock is held for the check, the merge and the commit only, never across a
// round trip to the server. First both skills and whether the edge exists (`linked`: the
// caller handles a change of source). For a new edge, in this order:
// 1. both skills locked by a plain SET, in slug order, as every write locks what it writes
//    first (src/writes/lock-nodes.ts): the prerequisite lock is never held while this write
//    waits for another one on either skill (an upsert, the related-lists worker);
// 2. the prerequisite lock (as mutation/lock-prerequisites: held until the commit), so two
//    requests can never each see "no cycle" and together close one;
// 3. `back`: the shortest existing path from `requires` to `skill` (the cycle the edge would
//    close); only when there is none the edge is merged, with graph-batch's timestamps and
//    source, and, when this statement created it, both skills' related lists are marked due
//    (as related/mark-due) for the related-lists worker.
OPTIONAL MATCH (s:Skill {slug: $skill})
OPTIONAL MATCH (r:Skill {slug: $requires})
OPTIONAL MATCH (s)-[old:REQUIRES]->(r)
WITH s, r, old IS NOT NULL AS linked, old.source AS oldSource
OPTIONAL CALL (s, r, linked) {
  WITH s, r WHERE s IS NOT NULL AND r IS NOT NULL AND NOT linked
  UNWIND [s, r] AS n
  WITH s, r, n
  ORDER BY n.slug
  SET n._lock = true
  REMOVE n._lock
  WITH s, r, count(n) AS locked
  MERGE (l:WriteLock {name: 'prerequisites'})
  ON CREATE SET l.source = 'internal'
  SET l.writes = coalesce(l.writes, 0) + 1
  WITH s, r, l
  CALL (s, r, l) {
    OPTIONAL MATCH path = shortestPath((r)-[:REQUIRES*]->(s))
    WHERE l.writes > 0
    RETURN [n IN nodes(path) | n.slug] AS back
  }
  OPTIONAL CALL (s, r, back) {
    WITH s, r WHERE back IS NULL
    MERGE (s)-[e:REQUIRES]->(r)
    ON CREATE SET e.createdAt = $now, e.updatedAt = $now, e.source = $source
    WITH s, r, e.createdAt = $now AS created
    CALL (s, r, created) {
      WITH s, r WHERE created
      UNWIND [s, r] AS n
      SET n.relatedDue = coalesce(n.relatedDue, 0) + 1
      RETURN count(n) AS marked
    }
    RETURN created
  }
  RETURN back, created
}
RETURN s {.*} AS skill, r {.*} AS requires, linked, oldSource AS source, back, coalesce(created, false) AS created
