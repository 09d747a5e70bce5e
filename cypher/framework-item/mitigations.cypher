// The mitigations that apply to a technique or sub-technique.
UNWIND $slugs AS slug
MATCH (:FrameworkItem {slug: slug})<-[:MITIGATES]-(m:FrameworkItem)
RETURN slug, m {.*} AS node
ORDER BY slug, m.sortKey
