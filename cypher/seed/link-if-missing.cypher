// Template: as seed/link, but an existing relationship is left as it is: for seed
// edges to nodes an importer owns once it has run (HAS_ITEM of a seed item stub).
UNWIND $rows AS row
MATCH (a:{{From}} {slug: row.from})
MATCH (b:{{To}} {slug: row.to})
MERGE (a)-[r:{{Type}}]->(b)
ON CREATE SET r += row.props, r.source = row.source, r.sources = row.sources, r.createdAt = $now
RETURN count(*) AS matched, sum(toInteger(r.createdAt = $now)) AS created, 0 AS updated
