// How many nodes of $labels the full-text index finds for $query, beside the exact hits
// ($exactIds, counted by the caller).
CALL db.index.fulltext.queryNodes('search_v3', $query) YIELD node
WHERE any(l IN labels(node) WHERE l IN $labels) AND NOT elementId(node) IN $exactIds
RETURN count(node) AS total
