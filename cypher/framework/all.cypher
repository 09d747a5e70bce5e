MATCH (f:Framework)
RETURN f {.*} AS node
ORDER BY f.name
