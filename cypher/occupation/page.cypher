// Keyset page ordered by O*NET-SOC code: $after is '' for the first page, so the code
// index serves both the range and the order.
MATCH (o:Occupation)
WHERE o.code > $after
RETURN o {.*, createdAt: toString(o.createdAt), updatedAt: toString(o.updatedAt)} AS node
ORDER BY o.code
LIMIT $limit
