// A full recompute finished: every list is current as of $now.
MERGE (l:WriteLock {name: 'related-skills'})
ON CREATE SET l.source = 'internal'
SET l.stale = false, l.computedAt = $now
RETURN l.computedAt AS computedAt
