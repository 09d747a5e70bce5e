// Relationships an import found stale (or pruned), by element id read in the same transaction.
UNWIND $ids AS id
MATCH ()-[r]->()
WHERE elementId(r) = id
DELETE r
RETURN count(*) AS removed
