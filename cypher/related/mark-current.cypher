// A full recompute finished: every list is current as of $now, in format $format.
MERGE (l:WriteLock {name: 'related-skills'})
ON CREATE SET l.source = 'internal'
SET l.stale = false, l.computedAt = $now, l.format = $format
RETURN l.computedAt AS computedAt
