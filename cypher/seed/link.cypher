// Template: {{From}} and {{To}} are node labels, {{Type}} a relationship type, all
// from src/graph-vocabulary.ts. Endpoints are matched by slug and must exist
// (checked before writing); `matched` lets the caller verify that. `row.props`
// (extra properties such as confidence) are rewritten only when their hash or the
// source changed, so writing the same rows twice changes nothing. `row.sources` lists
// every source when several state the relationship, else null (which removes it).
UNWIND $rows AS row
MATCH (a:{{From}} {slug: row.from})
MATCH (b:{{To}} {slug: row.to})
MERGE (a)-[r:{{Type}}]->(b)
ON CREATE SET r.createdAt = $now
WITH r, row, r.createdAt = $now AS created,
     coalesce(r.source, '') <> row.source OR coalesce(r.propsHash, '') <> row.hash
       OR coalesce(r.sources, []) <> coalesce(row.sources, []) AS changed
FOREACH (_ IN CASE WHEN changed THEN [1] ELSE [] END |
  SET r += row.props, r.source = row.source, r.sources = row.sources, r.propsHash = CASE WHEN row.hash = '' THEN null ELSE row.hash END, r.updatedAt = $now)
RETURN count(*) AS matched, sum(toInteger(created)) AS created, sum(toInteger(changed AND NOT created)) AS updated
