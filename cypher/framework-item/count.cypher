UNWIND $slugs AS slug
RETURN slug, COUNT { (:Framework {slug: slug})-[:HAS_ITEM]->(i:FrameworkItem) WHERE $kind IS NULL OR i.kind = $kind } AS total
