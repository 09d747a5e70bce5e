// Template: {{From}} and {{To}} are node labels, {{Type}} a relationship type, all
// from src/graph-vocabulary.ts. Endpoints are matched by slug and must exist
// (checked before writing); `matched` lets the caller verify that.
UNWIND $rows AS row
MATCH (a:{{From}} {slug: row.from})
MATCH (b:{{To}} {slug: row.to})
MERGE (a)-[r:{{Type}}]->(b)
ON CREATE SET r.createdAt = $now
WITH r, row, r.createdAt = $now AS created, coalesce(r.source, '') <> row.source AS changed
FOREACH (_ IN CASE WHEN changed THEN [1] ELSE [] END | SET r.source = row.source, r.updatedAt = $now)
RETURN count(*) AS matched, sum(toInteger(created)) AS created, sum(toInteger(changed AND NOT created)) AS updated
