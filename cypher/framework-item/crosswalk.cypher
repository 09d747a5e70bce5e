// Crosswalk from each code over 1 to $maxHops MAPS_TO hops, either direction, through
// distinct items. The ATLAS hierarchy widens each hop: a technique inherits its
// sub-techniques' mappings and a sub-technique its parent's, so a hop may start with
// one PART_OF step between a sub-technique and its technique, and the walk may end with
// one (never two in a row: siblings inherit nothing from each other). Such a step is no
// hop; it multiplies the confidence by $inheritedStep. Unrolled hop by hop (a hop is 1 or
// 2 relationships, which no variable-length bound expresses); $maxHops gates hops 2, 3.
// One answer per item reached: the highest product of confidences, then the fewest
// steps, then the first path in the publishers' order. $to keeps one framework's items.
UNWIND $codes AS code
MATCH (start:FrameworkItem {code: code})
CALL (start) {
  MATCH (start)-[m:MAPS_TO]-(y:FrameworkItem)
  RETURN [start, y] AS walk1, [m] AS steps1
  UNION ALL
  MATCH (start)-[i:PART_OF]-(x:FrameworkItem)-[m:MAPS_TO]-(y:FrameworkItem)
  WHERE 'SUBTECHNIQUE' IN [start.kind, x.kind] AND y <> start
  RETURN [start, x, y] AS walk1, [i, m] AS steps1
}
CALL (walk1, steps1) {
  RETURN walk1 AS walk2, steps1 AS steps2
  UNION ALL
  WITH walk1, steps1, last(walk1) AS x
  WHERE $maxHops >= 2
  MATCH (x)-[m:MAPS_TO]-(y:FrameworkItem)
  WHERE NOT y IN walk1
  RETURN walk1 + y AS walk2, steps1 + m AS steps2
  UNION ALL
  WITH walk1, steps1, last(walk1) AS x
  WHERE $maxHops >= 2
  MATCH (x)-[i:PART_OF]-(x2:FrameworkItem)-[m:MAPS_TO]-(y:FrameworkItem)
  WHERE 'SUBTECHNIQUE' IN [x.kind, x2.kind] AND NOT x2 IN walk1 AND NOT y IN walk1 AND y <> x2
  RETURN walk1 + [x2, y] AS walk2, steps1 + [i, m] AS steps2
}
CALL (walk2, steps2) {
  RETURN walk2 AS walk3, steps2 AS steps3
  UNION ALL
  WITH walk2, steps2, last(walk2) AS x
  WHERE $maxHops >= 3 AND size([s IN steps2 WHERE s:MAPS_TO]) = 2
  MATCH (x)-[m:MAPS_TO]-(y:FrameworkItem)
  WHERE NOT y IN walk2
  RETURN walk2 + y AS walk3, steps2 + m AS steps3
  UNION ALL
  WITH walk2, steps2, last(walk2) AS x
  WHERE $maxHops >= 3 AND size([s IN steps2 WHERE s:MAPS_TO]) = 2
  MATCH (x)-[i:PART_OF]-(x2:FrameworkItem)-[m:MAPS_TO]-(y:FrameworkItem)
  WHERE 'SUBTECHNIQUE' IN [x.kind, x2.kind] AND NOT x2 IN walk2 AND NOT y IN walk2 AND y <> x2
  RETURN walk2 + [x2, y] AS walk3, steps2 + [i, m] AS steps3
}
CALL (walk3, steps3) {
  RETURN walk3 AS path, steps3 AS steps
  UNION ALL
  WITH walk3, steps3, last(walk3) AS x
  MATCH (x)-[i:PART_OF]-(y:FrameworkItem)
  WHERE 'SUBTECHNIQUE' IN [x.kind, y.kind] AND NOT y IN walk3
  RETURN walk3 + y AS path, steps3 + i AS steps
}
WITH code, start, path, steps, last(path) AS target
WHERE ($to IS NULL OR target.framework = $to)
  // The item's own technique or sub-techniques are its parent and children, not a mapping.
  AND NOT (start.kind = 'SUBTECHNIQUE' AND (start)-[:PART_OF]->(target))
  AND NOT (target.kind = 'SUBTECHNIQUE' AND (target)-[:PART_OF]->(start))
WITH code, target, path, steps,
     reduce(c = 1.0, r IN steps | c * CASE WHEN r:MAPS_TO THEN coalesce(r.confidence, 0.5) ELSE $inheritedStep END) AS confidence
ORDER BY confidence DESC, size(steps), [n IN path | n.sortKey]
WITH code, target, collect({path: path, steps: steps, confidence: confidence})[0] AS best
WITH code, target, best, [r IN best.steps WHERE r:MAPS_TO] AS mappings
RETURN code AS slug,
       {item: target {.*}, confidence: best.confidence, path: [n IN best.path | n {.*}],
        sources: [r IN best.steps | r.source], hops: size(mappings), inherited: size(mappings) < size(best.steps),
        note: CASE WHEN size(best.steps) = 1 THEN best.steps[0].note END} AS node
ORDER BY slug, best.confidence DESC, target.sortKey
