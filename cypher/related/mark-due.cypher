// A write changed what the related lists of these skills depend on (an edge at them added
// or removed, or a skill they listed deleted): the related-lists worker
// (src/related/related-worker.ts) updates their lists and those around them after the
// write commits. Part of the write's own transaction, so the mark commits with the write
// and survives a crash. A counter: the worker clears only the marks it has seen, so a mark
// left by a write that commits while the worker runs stays for its next round. The write
// already holds these nodes' locks (its edge locks both ends): no wait on other writes.
UNWIND $slugs AS slug
MATCH (s:Skill {slug: slug})
SET s.relatedDue = coalesce(s.relatedDue, 0) + 1
RETURN count(s) AS marked
