MATCH (c:Company)
WHERE c.slug > $after
RETURN c {.*} AS node
ORDER BY c.slug
LIMIT $limit
