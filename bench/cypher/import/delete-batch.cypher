// Template: {{Label}}. Removes what S6 imported (slugs under $prefix), a slice at a time.
MATCH (n:{{Label}})
WHERE n.slug STARTS WITH $prefix
WITH n LIMIT $batch
DETACH DELETE n
RETURN count(*) AS deleted
