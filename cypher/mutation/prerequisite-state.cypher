// Both skills and whether `skill` already requires `requires` (checked before taking the
// prerequisite lock: an edge that exists needs no cycle check).
OPTIONAL MATCH (s:Skill {slug: $skill})
OPTIONAL MATCH (r:Skill {slug: $requires})
OPTIONAL MATCH (s)-[e:REQUIRES]->(r)
RETURN s {.*} AS skill, r {.*} AS requires, e IS NOT NULL AS linked, e.source AS source
