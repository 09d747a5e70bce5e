// Both skills and whether `skill` already requires `requires` (read with both skills locked
// before an edge's source changes: if the edge is gone, adding it again needs the cycle check).
OPTIONAL MATCH (s:Skill {slug: $skill})
OPTIONAL MATCH (r:Skill {slug: $requires})
OPTIONAL MATCH (s)-[e:REQUIRES]->(r)
RETURN s {.*} AS skill, r {.*} AS requires, e IS NOT NULL AS linked, e.source AS source
