MATCH (c:Concept)
RETURN c {.*} AS node
ORDER BY c.name
