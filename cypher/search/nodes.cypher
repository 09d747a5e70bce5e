// The nodes of one page of search hits, by the element ids candidates.cypher returned a
// moment before (the caller checks each key, in case a node was deleted in between), and
// a resource's provider names (a hit may have matched there).
UNWIND $ids AS id
MATCH (node) WHERE elementId(node) = id
RETURN id, labels(node) AS labels, node {.*} AS node,
       CASE WHEN node:Resource THEN [(node)-[:OFFERED_BY]->(p:Provider) | p.name] ELSE [] END AS providers
