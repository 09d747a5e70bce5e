UNWIND $slugs AS slug
MATCH (:Skill {slug: slug})-[:COVERS]->(i:FrameworkItem)
RETURN slug, i {.*} AS node
ORDER BY slug, i.framework, i.sortKey
