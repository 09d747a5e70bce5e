// Template: {{From}}, {{To}} node labels, {{Type}} a relationship type (src/graph-vocabulary.ts).
MATCH (:{{From}} {slug: $from})-[r:{{Type}}]->(:{{To}} {slug: $to})
DELETE r
RETURN count(*) AS deleted
