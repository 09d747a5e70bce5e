// Serialises every write that adds REQUIRES edges: the exclusive lock on this one node
// is held until the transaction ends, so two requests can never each see "no cycle"
// and together close one. The unique constraint on :WriteLock(name) makes the first
// MERGE safe under concurrency too. Taken after the write's node locks (src/writes/lock-nodes.ts),
// as mutation/add-prerequisite takes it. `writes` counts the prerequisite writes made;
// `source: 'internal'` marks it as bookkeeping, not a fact of the graph.
MERGE (l:WriteLock {name: 'prerequisites'})
ON CREATE SET l.source = 'internal'
SET l.writes = coalesce(l.writes, 0) + 1
RETURN l.writes AS writes
