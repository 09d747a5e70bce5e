// Deletes a skill with every relationship it has; no row when there is no such skill.
// `relationships` counts the graph's relationships, not the internal RELATED_TO lists;
// `neighbours` (its REQUIRES neighbours, who lose it as a feature) and `listers` (the
// skills whose related lists held it) are read first, for the list maintenance. The caller
// has locked the skill and all its neighbours (mutation/lock-neighbourhood).
MATCH (s:Skill {slug: $slug})
WITH s,
     COUNT { (s)-[r]-() WHERE NOT r:RELATED_TO } AS relationships,
     COLLECT { MATCH (s)-[:REQUIRES]-(n:Skill) RETURN DISTINCT n.slug } AS neighbours,
     COLLECT { MATCH (s)<-[:RELATED_TO]-(o:Skill) RETURN DISTINCT o.slug } AS listers
DETACH DELETE s
RETURN relationships, neighbours, listers
