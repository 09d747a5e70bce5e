// Replaces stored related lists (src/related/): per row the skills the list keeps, the
// entries to write (all, or those the caller knows changed) with their rank, and the
// owner's bookkeeping (see related/skill-states). Edges to skills no longer listed are
// deleted; the entries merged and set where rank, score or reasons differ, so a list
// that changed in one place costs one write.
UNWIND $rows AS row
MATCH (s:Skill {slug: row.slug})
SET s.relatedAt = $now, s.relatedHash = row.hash, s.relatedKth = toFloat(row.kth), s.relatedNorm = toFloat(row.norm)
WITH s, row
CALL (s, row) {
  MATCH (s)-[r:RELATED_TO]->(o:Skill)
  WHERE NOT o.slug IN row.keep
  DELETE r
  RETURN count(r) AS deleted
}
CALL (s, row) {
  UNWIND row.entries AS e
  MATCH (o:Skill {slug: e.slug})
  MERGE (s)-[r:RELATED_TO]->(o)
  ON CREATE SET r.source = 'internal'
  WITH r, e
  WHERE r.rank IS NULL OR r.rank <> e.rank OR r.score <> e.score OR r.shared <> e.shared
  SET r.rank = e.rank, r.score = toFloat(e.score), r.shared = e.shared, r.vias = e.vias
  RETURN count(r) AS written
}
RETURN sum(deleted) AS deleted, sum(written) AS written
