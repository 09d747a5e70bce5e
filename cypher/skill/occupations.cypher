// One page of the occupations using each skill, by O*NET-SOC code after $after ('' for the
// first page), with what the USES edge says. LIMIT inside the per-skill subquery: a hub
// (Microsoft Excel, 859 occupations) returns a page, not every occupation.
UNWIND $slugs AS slug
MATCH (s:Skill {slug: slug})
CALL (s) {
  MATCH (s)<-[u:USES]-(o:Occupation)
  WHERE o.code > $after
  RETURN o, u
  ORDER BY o.code
  LIMIT $limit
}
RETURN slug, {
  node: o {.*, createdAt: toString(o.createdAt), updatedAt: toString(o.updatedAt)},
  hot: u.hot, inDemand: u.inDemand, technologies: u.technologies, source: u.source,
  sources: coalesce(u.sources, [u.source]), position: u.position
} AS node
ORDER BY slug, o.code
