// Crosswalk over at most 1 MAPS_TO hop(s), in either direction, through distinct
// items (one of crosswalk-1/2/3: a variable-length bound cannot be a parameter).
// One answer per item reached: the path with the highest product of confidences,
// then the fewest hops. $to optionally keeps one framework's items.
UNWIND $codes AS code
MATCH (start:FrameworkItem {code: code})
MATCH p = (start)-[:MAPS_TO*1..1]-(target:FrameworkItem)
WHERE target <> start
  AND ($to IS NULL OR target.framework = $to)
  AND all(k IN range(0, length(p) - 1) WHERE NOT nodes(p)[k] IN nodes(p)[k + 1..])
WITH code, target, p, reduce(c = 1.0, r IN relationships(p) | c * coalesce(r.confidence, 0.5)) AS confidence
ORDER BY confidence DESC, length(p)
WITH code, target, collect({p: p, confidence: confidence})[0] AS best
RETURN code AS slug,
       {item: target {.*}, confidence: best.confidence, path: [n IN nodes(best.p) | n {.*}],
        sources: [r IN relationships(best.p) | r.source], notes: [r IN relationships(best.p) | r.note]} AS node
ORDER BY slug, best.confidence DESC, target.sortKey
