// What the generator wrote: every node, and every relationship but RELATED_TO (the
// related-skill lists computed after generating, src/related/), from the count store.
CALL () { MATCH (n) RETURN count(n) AS nodes }
CALL () { MATCH ()-[r]->() RETURN count(r) AS total }
CALL () { MATCH ()-[r:RELATED_TO]->() RETURN count(r) AS related }
RETURN nodes, total - related AS relationships
