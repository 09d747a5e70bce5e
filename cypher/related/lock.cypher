// Serialises every transaction that maintains related-skill lists (src/related/): the
// exclusive lock on this one node is held until the transaction ends, so two writes
// whose lists overlap run one after the other and the second reads the first's lists.
// deleteSkill takes it too, so no list edge can reach the skill while it locks its
// neighbours. Taken as a transaction's first write, before any node lock, so it cannot
// deadlock with them. As for the prerequisite lock, the unique constraint on :WriteLock(name)
// makes the first MERGE safe under concurrency.
MERGE (l:WriteLock {name: 'related-skills'})
ON CREATE SET l.source = 'internal'
SET l.writes = coalesce(l.writes, 0) + 1
RETURN l.writes AS writes
