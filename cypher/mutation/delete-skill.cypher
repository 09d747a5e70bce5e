// Deletes a skill with every relationship it has; no row when there is no such skill.
MATCH (s:Skill {slug: $slug})
WITH s, COUNT { (s)--() } AS relationships
DETACH DELETE s
RETURN relationships
