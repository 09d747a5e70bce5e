// Every item of each framework, in the publisher's order (the coverage map's rows).
UNWIND $slugs AS slug
MATCH (:Framework {slug: slug})-[:HAS_ITEM]->(i:FrameworkItem)
RETURN slug, i {.*} AS node
ORDER BY slug, i.sortKey
