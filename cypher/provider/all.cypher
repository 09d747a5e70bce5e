MATCH (p:Provider)
RETURN p {.*} AS node
ORDER BY p.name
