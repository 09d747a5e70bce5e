// $bySource: the edges a source positioned (the seed page's order) first, by position.
UNWIND $slugs AS slug
MATCH (:Skill {slug: slug})-[e:REQUIRES]->(p:Skill)
RETURN slug, {{record Skill p}} AS node
ORDER BY slug, CASE WHEN $bySource THEN e.position END, p.name
