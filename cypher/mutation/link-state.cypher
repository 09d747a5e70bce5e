// Template: {{From}}, {{To}} node labels, {{Type}} a relationship type (src/graph-vocabulary.ts).
// Both ends of a relationship and whether it exists, before a mutation changes it.
OPTIONAL MATCH (a:{{From}} {slug: $from})
OPTIONAL MATCH (b:{{To}} {slug: $to})
OPTIONAL MATCH (a)-[r:{{Type}}]->(b)
RETURN a {.*} AS fromNode, b {.*} AS toNode, r IS NOT NULL AS linked, r.source AS source
