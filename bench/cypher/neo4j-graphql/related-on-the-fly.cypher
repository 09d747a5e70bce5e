// Target (b)'s relatedSkills, computed on the fly through @cypher as a user of
// @neo4j/graphql would write it (skillgraph and target (c) read precomputed lists).
// It scores as src/domain/related-features.ts does: weighted cosine over the closed
// REQUIRES neighbourhood (2 each; a direct link shares two such features, 4), hiring
// companies (1), covered frameworks/items/concepts (1.5), teaching resources (2) and
// O*NET occupations (their relatedWeight); ties by slug. `this` is the skill.
WITH this AS s
CALL (s) {
  MATCH (s)-[:REQUIRES]-(o:Skill)
  RETURN o, 'direct' AS kind, o AS via, 4.0 AS weight
  UNION ALL
  MATCH (s)-[:REQUIRES]-(x:Skill)-[:REQUIRES]-(o:Skill)
  WHERE o <> s
  RETURN o, 'neighbour' AS kind, x AS via, 2.0 AS weight
  UNION ALL
  MATCH (s)<-[:HIRES_FOR]-(c:Company)-[:HIRES_FOR]->(o:Skill)
  WHERE o <> s
  RETURN o, 'company' AS kind, c AS via, 1.0 AS weight
  UNION ALL
  MATCH (s)-[:COVERS]->(x)<-[:COVERS]-(o:Skill)
  WHERE o <> s
  RETURN o, 'covers' AS kind, x AS via, 1.5 AS weight
  UNION ALL
  MATCH (s)<-[:TEACHES]-(r:Resource)-[:TEACHES]->(o:Skill)
  WHERE o <> s
  RETURN o, 'resource' AS kind, r AS via, 2.0 AS weight
  UNION ALL
  MATCH (s)<-[:USES]-(x:Occupation)-[:USES]->(o:Skill)
  WHERE o <> s AND x.relatedWeight IS NOT NULL
  RETURN o, 'occupation' AS kind, x AS via, x.relatedWeight AS weight
}
WITH DISTINCT s, o, kind, via, weight
WITH s, o, sum(weight) AS dot
WITH o, dot,
     2.0 * (1 + COUNT { (s)-[:REQUIRES]-(:Skill) }) + 1.0 * COUNT { (s)<-[:HIRES_FOR]-(:Company) }
       + 1.5 * COUNT { (s)-[:COVERS]->() } + 2.0 * COUNT { (s)<-[:TEACHES]-(:Resource) }
       + reduce(t = 0.0, w IN COLLECT { MATCH (s)<-[:USES]-(x:Occupation) WHERE x.relatedWeight IS NOT NULL RETURN x.relatedWeight } | t + w) AS normS,
     2.0 * (1 + COUNT { (o)-[:REQUIRES]-(:Skill) }) + 1.0 * COUNT { (o)<-[:HIRES_FOR]-(:Company) }
       + 1.5 * COUNT { (o)-[:COVERS]->() } + 2.0 * COUNT { (o)<-[:TEACHES]-(:Resource) }
       + reduce(t = 0.0, w IN COLLECT { MATCH (o)<-[:USES]-(x:Occupation) WHERE x.relatedWeight IS NOT NULL RETURN x.relatedWeight } | t + w) AS normO
WITH o, dot / sqrt(normS * normO) AS score
ORDER BY score DESC, o.slug
LIMIT $first
RETURN { score: score, skill: { slug: o.slug, name: o.name } } AS r
