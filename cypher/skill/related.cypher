// Related skills by weighted cosine similarity of feature sets:
//   closed REQUIRES neighbourhood (weight 2), hiring companies (1),
//   covered frameworks/concepts/items (1.5), teaching resources (2).
// A direct REQUIRES link shares two features (each skill is in the other's
// closed neighbourhood). `shared` says what was shared, with each kind's part of
// `dot` as its weight: the reasons text ranks by it (src/domain/related-reasons.ts).
UNWIND $slugs AS slug
MATCH (s:Skill {slug: slug})
CALL (s) {
  MATCH (s)-[r:REQUIRES]-(o:Skill)
  RETURN o, CASE WHEN startNode(r) = s THEN 'prerequisite' ELSE 'dependent' END AS kind, o.name AS via, 4.0 AS weight
  UNION ALL
  MATCH (s)-[r1:REQUIRES]-(x:Skill)-[r2:REQUIRES]-(o:Skill)
  WHERE o <> s
  RETURN o,
         CASE WHEN startNode(r1) = s AND startNode(r2) = o THEN 'sharedPrerequisite'
              WHEN endNode(r1) = s AND endNode(r2) = o THEN 'sharedDependent'
              ELSE 'linkedThrough' END AS kind,
         x.name AS via, 2.0 AS weight
  UNION ALL
  MATCH (s)<-[:HIRES_FOR]-(c:Company)-[:HIRES_FOR]->(o:Skill)
  WHERE o <> s
  RETURN o, 'company' AS kind, c.name AS via, 1.0 AS weight
  UNION ALL
  MATCH (s)-[:COVERS]->(x)<-[:COVERS]-(o:Skill)
  WHERE o <> s
  RETURN o, 'covers' AS kind, coalesce(x.name, x.code) AS via, 1.5 AS weight
  UNION ALL
  MATCH (s)<-[:TEACHES]-(r:Resource)-[:TEACHES]->(o:Skill)
  WHERE o <> s
  RETURN o, 'resource' AS kind, r.title AS via, 2.0 AS weight
}
WITH slug, s, o, kind, weight, collect(DISTINCT via) AS vias
WITH slug, s, o, collect({kind: kind, vias: vias, weight: weight * size(vias)}) AS shared, sum(weight * size(vias)) AS dot
WITH slug, s, o, shared, dot,
     2.0 * (1 + COUNT { (s)-[:REQUIRES]-() }) + 1.0 * COUNT { (s)<-[:HIRES_FOR]-() }
       + 1.5 * COUNT { (s)-[:COVERS]->() } + 2.0 * COUNT { (s)<-[:TEACHES]-() } AS normS,
     2.0 * (1 + COUNT { (o)-[:REQUIRES]-() }) + 1.0 * COUNT { (o)<-[:HIRES_FOR]-() }
       + 1.5 * COUNT { (o)-[:COVERS]->() } + 2.0 * COUNT { (o)<-[:TEACHES]-() } AS normO
WITH slug, o, shared, dot / sqrt(normS * normO) AS score
ORDER BY slug, score DESC, o.name
WITH slug, collect({node: o {.*, createdAt: toString(o.createdAt), updatedAt: toString(o.updatedAt)}, score: score, shared: shared})[0..$limit] AS related
RETURN slug, related
