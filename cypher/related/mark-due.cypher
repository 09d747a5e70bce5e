// A write changed what the related lists of these skills depend on (an edge at them added
// or removed, or a skill they listed deleted): the related-lists worker
// (src/related/related-worker.ts) updates their lists and those around them after the
// write commits. Part of the write's own transaction, so the mark commits with the write
// and survives a crash. A counter: the worker clears only the marks it has seen, so a mark
// left by a write that commits while the worker runs stays for its next round.
// $slugs come sorted. Each skill is locked by a plain SET before its counter is read and
// written: that SET takes the node's lock first, as every write does (src/writes/lock-nodes.ts),
// so a mark may be a write's first lock on a skill (addPrerequisite's is).
UNWIND $slugs AS slug
MATCH (s:Skill {slug: slug})
SET s._lock = true
REMOVE s._lock
SET s.relatedDue = coalesce(s.relatedDue, 0) + 1
RETURN count(s) AS marked
