// One skill and the relationship lists its query asks for, in one round trip (the
// look-ahead of src/graphql/look-ahead/skill-page.ts). A list not asked for is not read:
// CASE evaluates only the branch taken. Orders match the per-list statements.
// Timestamps travel as strings: decoding DateTime values costs the driver more CPU
// than the rest of the row. The skill comes back as its record (the properties toSkill
// reads, src/db/record-projection.ts), without the related lists' bookkeeping. Skills,
// companies, resources and providers in the lists come back as lists of only the
// properties the query selected ($properties.<list>, in that order);
// frameworks and concepts (a handful per skill) as whole maps. Each hiring company
// comes with its own top skills when the query asks for them ($companySkills, ordered
// and limited as cypher/company/skills-top.cypher does): the companies page (bench S4)
// in one round trip. The *BySource flags put the edges a source positioned (the seed
// page's order) first; $resourceSource keeps the resources whose TEACHES edge that
// source states. A resource's provider is the first in its source's order.
MATCH (s:Skill {slug: $slug})
RETURN {{record Skill s}} AS node,
  CASE WHEN $prerequisites THEN COLLECT {
    MATCH (s)-[e:REQUIRES]->(p:Skill) WITH p, e ORDER BY CASE WHEN $prerequisitesBySource THEN e.position END, p.name
    RETURN [k IN $properties.prerequisites | CASE WHEN k IN ['createdAt', 'updatedAt'] THEN toString(p[k]) ELSE p[k] END]
  } END AS prerequisites,
  CASE WHEN $requiredBy THEN COLLECT {
    MATCH (s)<-[:REQUIRES]-(d:Skill) WITH d ORDER BY d.name
    RETURN [k IN $properties.requiredBy | CASE WHEN k IN ['createdAt', 'updatedAt'] THEN toString(d[k]) ELSE d[k] END]
  } END AS requiredBy,
  CASE WHEN $hiringCompanies THEN COLLECT {
    MATCH (s)<-[e:HIRES_FOR]-(c:Company) WITH c, e ORDER BY CASE WHEN $companiesBySource THEN e.position END, c.name
    LIMIT $companyLimit
    RETURN [[k IN $properties.hiringCompanies | CASE WHEN k IN ['createdAt', 'updatedAt'] THEN toString(c[k]) ELSE c[k] END],
      CASE WHEN $companySkills THEN COLLECT {
        MATCH (c)-[:HIRES_FOR]->(t:Skill)
        WITH t ORDER BY CASE WHEN $companySkillsByDemand THEN t.onetRank END, CASE WHEN $companySkillsByDemand THEN t.demandRank END, t.name
        LIMIT $companySkillsFirst
        RETURN [k IN $properties.companySkills | CASE WHEN k IN ['createdAt', 'updatedAt'] THEN toString(t[k]) ELSE t[k] END]
      } END]
  } END AS hiringCompanies,
  CASE WHEN $resources THEN COLLECT {
    MATCH (s)<-[e:TEACHES]-(r:Resource) WHERE $resourceSource IS NULL OR $resourceSource IN coalesce(e.sources, [e.source])
    WITH r, e ORDER BY CASE WHEN $resourcesBySource THEN e.position END, r.kind, r.title
    RETURN [[k IN $properties.resources | CASE WHEN k IN ['createdAt', 'updatedAt'] THEN toString(r[k]) ELSE r[k] END],
      CASE WHEN $providers THEN head(COLLECT {
        MATCH (r)-[o:OFFERED_BY]->(v:Provider) WITH v, o ORDER BY o.position, v.name
        RETURN [k IN $properties.providers | CASE WHEN k IN ['createdAt', 'updatedAt'] THEN toString(v[k]) ELSE v[k] END]
      }) END]
  } END AS resources,
  CASE WHEN $frameworks THEN COLLECT {
    MATCH (s)-[:COVERS]->(f:Framework) WITH f ORDER BY f.name
    RETURN f {.*, createdAt: toString(f.createdAt), updatedAt: toString(f.updatedAt)}
  } END AS frameworks,
  CASE WHEN $concepts THEN COLLECT {
    MATCH (s)-[:COVERS]->(k:Concept) WITH k ORDER BY k.name
    RETURN k {.*, createdAt: toString(k.createdAt), updatedAt: toString(k.updatedAt)}
  } END AS concepts
