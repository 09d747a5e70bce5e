// The skill page in one statement: what a developer writes by hand with the driver.
MATCH (s:Skill {slug: $slug})
RETURN s {
  .slug, .name, .description, .category, .level, .demandRank, .trend, .aliases,
  prerequisites: COLLECT { MATCH (s)-[:REQUIRES]->(p:Skill) WITH p ORDER BY p.name RETURN p {.slug, .name, .level} },
  hiringCompanies: COLLECT { MATCH (s)<-[:HIRES_FOR]-(c:Company) WITH c ORDER BY c.name RETURN c {.slug, .name, .website} },
  resources: COLLECT {
    MATCH (s)<-[:TEACHES]-(r:Resource)
    WITH r ORDER BY r.kind, r.title
    RETURN r {.slug, .kind, .title, .url, .level, .cost,
              provider: COLLECT { MATCH (r)-[:OFFERED_BY]->(v:Provider) WITH v ORDER BY v.name RETURN v {.slug, .name} }[0]}
  },
  frameworks: COLLECT { MATCH (s)-[:COVERS]->(f:Framework) WITH f ORDER BY f.name RETURN f {.slug, .name, .version} }
} AS skill
