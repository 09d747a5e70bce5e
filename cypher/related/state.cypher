// Whether the related lists need a full recompute: marked stale by an import, or never
// fully computed on this graph (written by an older version, or empty).
OPTIONAL MATCH (l:WriteLock {name: 'related-skills'})
RETURN coalesce(l.stale, false) OR l.computedAt IS NULL AS stale, toString(l.computedAt) AS computedAt
