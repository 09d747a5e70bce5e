// The categories of one level ($level null: all), by code. A few hundred at most: no index.
MATCH (c:TechnologyCategory)
WHERE $level IS NULL OR c.level = $level
RETURN c {.*, createdAt: toString(c.createdAt), updatedAt: toString(c.updatedAt)} AS node
ORDER BY c.code
