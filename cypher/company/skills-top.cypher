// The first $first skills each company hires for, most in demand first when
// $byDemand (unranked last), else by name; LIMIT inside the per-company subquery.
UNWIND $slugs AS slug
MATCH (c:Company {slug: slug})
CALL (c) {
  MATCH (c)-[:HIRES_FOR]->(s:Skill)
  WITH s ORDER BY CASE WHEN $byDemand THEN s.demandRank END, s.name
  LIMIT $first
  RETURN s
}
RETURN slug, s {.*, createdAt: toString(s.createdAt), updatedAt: toString(s.updatedAt)} AS node
