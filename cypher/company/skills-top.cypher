// The first $first skills each company hires for, most in demand first when $byDemand
// (O*NET's rank, then the record's stated demandRank, then name; an absent rank sorts
// last), else by name; LIMIT inside the per-company subquery.
// Each skill is a list of the $properties the query selected, in that order: the
// driver decodes a fraction of what full property maps cost (bench S4).
UNWIND $slugs AS slug
MATCH (c:Company {slug: slug})
RETURN slug, COLLECT {
  MATCH (c)-[:HIRES_FOR]->(s:Skill)
  WITH s ORDER BY CASE WHEN $byDemand THEN s.onetRank END, CASE WHEN $byDemand THEN s.demandRank END, s.name
  LIMIT $first
  RETURN [k IN $properties | CASE WHEN k IN ['createdAt', 'updatedAt'] THEN toString(s[k]) ELSE s[k] END]
} AS rows
