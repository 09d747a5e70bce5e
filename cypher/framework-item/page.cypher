// One page of each framework's items in the publisher's order (sortKey), after the
// cursor's sortKey ('' for the first page), optionally of one kind.
UNWIND $slugs AS slug
CALL (slug) {
  MATCH (:Framework {slug: slug})-[:HAS_ITEM]->(i:FrameworkItem)
  WHERE ($kind IS NULL OR i.kind = $kind) AND i.sortKey > $after
  RETURN i
  ORDER BY i.sortKey
  LIMIT $limit
}
RETURN slug, i {.*} AS node
