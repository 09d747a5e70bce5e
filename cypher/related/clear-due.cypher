// The worker updated these skills' lists: clears each mark unless a write raised it since
// it was read (that write's change is then handled in a later round).
UNWIND $rows AS row
MATCH (s:Skill {slug: row.slug})
WHERE s.relatedDue = row.seen
REMOVE s.relatedDue
RETURN count(s) AS cleared
