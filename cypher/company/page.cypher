MATCH (c:Company)
WHERE c.slug > $after
RETURN c {.*, createdAt: toString(c.createdAt), updatedAt: toString(c.updatedAt)} AS node
ORDER BY c.slug
LIMIT $limit
