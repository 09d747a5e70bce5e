// Node and relationship totals, from the count store (constant time). Relationships
// leave out RELATED_TO, the internal precomputed related-skill lists (src/related/).
CALL () { MATCH (n) RETURN count(n) AS nodes }
CALL () { MATCH ()-[r]->() RETURN count(r) AS total }
CALL () { MATCH ()-[r:RELATED_TO]->() RETURN count(r) AS related }
RETURN nodes, total - related AS relationships
