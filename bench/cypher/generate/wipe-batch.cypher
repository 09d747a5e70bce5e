// One bounded slice of a wipe; the caller repeats it until nothing is left.
MATCH (n)
WITH n LIMIT $batch
DETACH DELETE n
RETURN count(*) AS deleted
