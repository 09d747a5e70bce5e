// Stores the norms of skills whose features changed while their lists did not.
UNWIND $rows AS row
MATCH (s:Skill {slug: row.slug})
SET s.relatedNorm = toFloat(row.norm)
