// An import or seed load changed features of many skills: the lists are stale until the
// full recompute after it marks them current again. The first statement of the import's
// transaction (so it takes the related-lists lock before any node lock); a process that
// dies between the import and the recompute leaves the mark, and the next start recomputes.
MERGE (l:WriteLock {name: 'related-skills'})
ON CREATE SET l.source = 'internal'
SET l.stale = true
RETURN l.stale AS stale
