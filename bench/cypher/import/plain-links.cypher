// Template: {{From}}, {{Type}}, {{To}}. The hand-written baseline for S6.
UNWIND $rows AS row
MATCH (a:{{From}} {slug: row.from})
MATCH (b:{{To}} {slug: row.to})
MERGE (a)-[r:{{Type}}]->(b)
SET r.source = row.source
