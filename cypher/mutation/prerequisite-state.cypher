// Both skills, whether `skill` already requires `requires`, and the shortest existing
// path back from `requires` to `skill` (adding the edge would close that cycle).
// Callers refuse skill = requires before running this.
OPTIONAL MATCH (s:Skill {slug: $skill})
OPTIONAL MATCH (r:Skill {slug: $requires})
OPTIONAL MATCH (s)-[e:REQUIRES]->(r)
OPTIONAL MATCH path = shortestPath((r)-[:REQUIRES*]->(s))
RETURN s {.*} AS skill, r {.*} AS requires, e IS NOT NULL AS linked, e.source AS source,
       [n IN nodes(path) | n.slug] AS back
