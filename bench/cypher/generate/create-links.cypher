// Template: {{From}}, {{Type}}, {{To}}. Endpoints by slug (index seeks); `source` and
// `createdAt` as the seed loader writes them.
UNWIND $rows AS row
MATCH (a:{{From}} {slug: row.from})
MATCH (b:{{To}} {slug: row.to})
CREATE (a)-[r:{{Type}}]->(b)
SET r.source = row.source, r.createdAt = $now
RETURN count(r) AS created
