// What the generator wrote: every node but the servers' :WriteLock nodes (made by the first
// write or related-list check, so any run of the server adds one), and every relationship
// but RELATED_TO (the related-skill lists computed after generating, src/related/).
CALL () { MATCH (n) WHERE NOT n:WriteLock RETURN count(n) AS nodes }
CALL () { MATCH ()-[r]->() RETURN count(r) AS total }
CALL () { MATCH ()-[r:RELATED_TO]->() RETURN count(r) AS related }
RETURN nodes, total - related AS relationships
