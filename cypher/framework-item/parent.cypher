// The item each item is PART_OF; a technique under several tactics answers the
// first in matrix order (all of them are in `tactics`).
UNWIND $slugs AS slug
MATCH (:FrameworkItem {slug: slug})-[:PART_OF]->(p:FrameworkItem)
WITH slug, p
ORDER BY p.sortKey
WITH slug, collect(p)[0] AS p
RETURN slug, p {.*} AS node
