// Every feature of the given skills (src/domain/related-features.ts), each once, with
// all the skills that have it: a skill node's closed REQUIRES neighbourhood (role `s`
// the node itself, `r` requiring it, `b` required by it), a company's hired skills, a
// covered framework, item or concept's covering skills, a resource's taught skills, an
// occupation's used skills. `weight` where the graph stores it (occupations); `code`
// for framework items, whose reasons name them by it. Members come as [slug, role,
// relatedNorm, relatedKth] (see related/skill-states): what scoring them needs.
UNWIND $slugs AS slug
MATCH (s:Skill {slug: slug})
CALL (s) {
  RETURN s AS x
  UNION
  MATCH (s)-[:REQUIRES]-(x:Skill)
  RETURN x
  UNION
  MATCH (s)<-[:HIRES_FOR]-(x:Company)
  RETURN x
  UNION
  MATCH (s)-[:COVERS]->(x)
  RETURN x
  UNION
  MATCH (s)<-[:TEACHES]-(x:Resource)
  RETURN x
  UNION
  MATCH (s)<-[:USES]-(x:Occupation)
  WHERE x.relatedWeight IS NOT NULL
  RETURN x
}
WITH DISTINCT x
CALL (x) {
  WITH x WHERE x:Skill
  RETURN 'skill' AS kind, x.slug AS ref, x.name AS name, null AS code, null AS weight,
         [[x.slug, 's', x.relatedNorm, x.relatedKth]]
           + COLLECT { MATCH (y:Skill)-[:REQUIRES]->(x) RETURN DISTINCT [y.slug, 'r', y.relatedNorm, y.relatedKth] }
           + COLLECT { MATCH (x)-[:REQUIRES]->(y:Skill) RETURN DISTINCT [y.slug, 'b', y.relatedNorm, y.relatedKth] } AS members
  UNION
  WITH x WHERE x:Company
  RETURN 'company' AS kind, x.slug AS ref, x.name AS name, null AS code, null AS weight,
         COLLECT { MATCH (x)-[:HIRES_FOR]->(y:Skill) RETURN DISTINCT [y.slug, '', y.relatedNorm, y.relatedKth] } AS members
  UNION
  WITH x WHERE x:Concept OR x:Framework OR x:FrameworkItem
  RETURN 'covers' AS kind, [l IN labels(x) WHERE l IN ['Concept', 'Framework', 'FrameworkItem']][0] + ':' + x.slug AS ref,
         x.name AS name, x.code AS code, null AS weight,
         COLLECT { MATCH (y:Skill)-[:COVERS]->(x) RETURN DISTINCT [y.slug, '', y.relatedNorm, y.relatedKth] } AS members
  UNION
  WITH x WHERE x:Resource
  RETURN 'resource' AS kind, x.slug AS ref, coalesce(x.title, x.name) AS name, null AS code, null AS weight,
         COLLECT { MATCH (x)-[:TEACHES]->(y:Skill) RETURN DISTINCT [y.slug, '', y.relatedNorm, y.relatedKth] } AS members
  UNION
  WITH x WHERE x:Occupation
  RETURN 'occupation' AS kind, x.code AS ref, coalesce(x.title, x.name) AS name, null AS code, x.relatedWeight AS weight,
         COLLECT { MATCH (x)-[:USES]->(y:Skill) RETURN DISTINCT [y.slug, '', y.relatedNorm, y.relatedKth] } AS members
}
RETURN kind, ref, name, code, weight, members
