// Template: {{Label}} is a node label from src/graph-vocabulary.ts.
// Creates the nodes that do not exist yet and leaves existing ones untouched: the
// seed's stubs of framework items, which the framework importers own once they run.
UNWIND $rows AS row
MERGE (n:{{Label}} {slug: row.slug})
ON CREATE SET n += row.props, n.createdAt = $now, n.updatedAt = $now
RETURN sum(toInteger(n.createdAt = $now)) AS created, 0 AS updated
