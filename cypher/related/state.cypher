// Whether the related lists need a full recompute: marked stale by an import, never fully
// computed on this graph (written by an older version, or empty), or stored in an older
// format ($format: 2 stores what skills share by key instead of by name).
OPTIONAL MATCH (l:WriteLock {name: 'related-skills'})
RETURN coalesce(l.stale, false) OR l.computedAt IS NULL OR coalesce(l.format, 1) < $format AS stale,
       toString(l.computedAt) AS computedAt
