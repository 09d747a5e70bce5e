// Template: {{Label}} is a node label from src/graph-vocabulary.ts.
// Upserts by slug. A node is rewritten (and updatedAt moved) only when its content
// hash changed, so loading the same data twice changes nothing.
UNWIND $rows AS row
MERGE (n:{{Label}} {slug: row.slug})
ON CREATE SET n.createdAt = $now
WITH n, row, n.createdAt = $now AS created, coalesce(n.contentHash, '') <> row.hash AS changed
FOREACH (_ IN CASE WHEN changed THEN [1] ELSE [] END |
  SET n += row.props, n.contentHash = row.hash, n.updatedAt = $now)
RETURN sum(toInteger(created)) AS created, sum(toInteger(changed AND NOT created)) AS updated
