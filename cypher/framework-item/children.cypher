UNWIND $slugs AS slug
MATCH (:FrameworkItem {slug: slug})<-[:PART_OF]-(c:FrameworkItem)
RETURN slug, c {.*} AS node
ORDER BY slug, c.sortKey
