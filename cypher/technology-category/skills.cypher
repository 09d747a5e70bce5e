// One page of each category's skills by slug after $after ('' for the first page): a
// commodity's own, a broader category's those of every commodity below it (UNSPSC has
// four levels, so at most three PART_OF steps down). A skill in two commodities counts once.
UNWIND $slugs AS slug
MATCH (c:TechnologyCategory {code: slug})
CALL (c) {
  MATCH (c)<-[:PART_OF*0..3]-(:TechnologyCategory)<-[:IN_CATEGORY]-(s:Skill)
  WHERE s.slug > $after
  WITH DISTINCT s
  RETURN s
  ORDER BY s.slug
  LIMIT $limit
}
RETURN slug, s {.*, createdAt: toString(s.createdAt), updatedAt: toString(s.updatedAt)} AS node
ORDER BY slug, s.slug
