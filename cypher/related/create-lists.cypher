// Stores related lists of skills that have none yet (see related/write-lists): creates
// the edges without looking for existing ones, the bulk of a first computation.
// `source: 'internal'` marks them as bookkeeping derived from the graph, not facts.
// `vias`: the keys of what the two share (as in `shared`), whose names a read looks up.
UNWIND $rows AS row
MATCH (s:Skill {slug: row.slug})
SET s.relatedAt = $now, s.relatedHash = row.hash, s.relatedKth = toFloat(row.kth), s.relatedNorm = toFloat(row.norm)
WITH s, row
UNWIND row.entries AS e
MATCH (o:Skill {slug: e.slug})
CREATE (s)-[:RELATED_TO {rank: e.rank, score: toFloat(e.score), shared: e.shared, vias: e.vias, source: 'internal'}]->(o)
RETURN count(*) AS created
