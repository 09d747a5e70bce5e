// $companies companies hiring for a skill (by name), each with its $skills most in-demand skills
// (orderBy: DEMAND: O*NET's rank, then the stated demandRank, then name).
MATCH (s:Skill {slug: $slug})
RETURN s {
  .slug,
  hiringCompanies: COLLECT {
    MATCH (s)<-[:HIRES_FOR]-(c:Company)
    WITH c ORDER BY c.name LIMIT $companies
    RETURN c {.slug, .name,
              skills: COLLECT { MATCH (c)-[:HIRES_FOR]->(k:Skill) WITH k ORDER BY k.onetRank, k.demandRank, k.name LIMIT $skills RETURN k {.slug, .name, .demandRank} }}
  }
} AS skill
