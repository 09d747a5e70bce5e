// Template: as seed/link, for relationships that may run in parallel between the
// same two nodes and are told apart by `key` (a case study's procedure step, the
// dataset a crosswalk mapping comes from).
UNWIND $rows AS row
MATCH (a:{{From}} {slug: row.from})
MATCH (b:{{To}} {slug: row.to})
MERGE (a)-[r:{{Type}} {key: row.key}]->(b)
ON CREATE SET r.createdAt = $now
WITH r, row, r.createdAt = $now AS created,
     coalesce(r.source, '') <> row.source OR coalesce(r.propsHash, '') <> row.hash
       OR coalesce(r.sources, []) <> coalesce(row.sources, []) AS changed
FOREACH (_ IN CASE WHEN changed THEN [1] ELSE [] END |
  SET r += row.props, r.source = row.source, r.sources = row.sources, r.propsHash = CASE WHEN row.hash = '' THEN null ELSE row.hash END, r.updatedAt = $now)
RETURN count(*) AS matched, sum(toInteger(created)) AS created, sum(toInteger(changed AND NOT created)) AS updated
