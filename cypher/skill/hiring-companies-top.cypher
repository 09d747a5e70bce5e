// The first $first hiring companies of each skill by name (or, $bySource, positioned
// edges first by position): LIMIT inside the per-skill subquery, so a skill with many
// hirers costs only what is returned.
UNWIND $slugs AS slug
MATCH (s:Skill {slug: slug})
CALL (s) {
  MATCH (s)<-[e:HIRES_FOR]-(c:Company)
  WITH c, e ORDER BY CASE WHEN $bySource THEN e.position END, c.name
  LIMIT $first
  RETURN c
}
RETURN slug, c {.*, createdAt: toString(c.createdAt), updatedAt: toString(c.updatedAt)} AS node
