// One page of each occupation's skills by slug after $after ('' for the first page), with
// what the USES edge says; $hot and $inDemand null match either flag. LIMIT inside the
// per-occupation subquery, so a long list costs only the page.
UNWIND $slugs AS slug
MATCH (o:Occupation {code: slug})
CALL (o) {
  MATCH (o)-[u:USES]->(s:Skill)
  WHERE s.slug > $after
    AND ($hot IS NULL OR u.hot = $hot)
    AND ($inDemand IS NULL OR u.inDemand = $inDemand)
  RETURN s, u
  ORDER BY s.slug
  LIMIT $limit
}
RETURN slug, {
  node: s {.*, createdAt: toString(s.createdAt), updatedAt: toString(s.updatedAt)},
  hot: u.hot, inDemand: u.inDemand, technologies: u.technologies, source: u.source,
  sources: coalesce(u.sources, [u.source]), position: u.position
} AS node
ORDER BY slug, s.slug
