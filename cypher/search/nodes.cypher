// The nodes of one page of search hits, by the element ids candidates.cypher returned a
// moment before (the caller checks each key, in case a node was deleted in between).
UNWIND $ids AS id
MATCH (node) WHERE elementId(node) = id
RETURN id, labels(node) AS labels, node {.*} AS node
