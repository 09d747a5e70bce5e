// A shortest path between $from and $to ({label, key}), relationships of $types in
// either direction, in one round trip. The bound {0,10} is MAX_PATH_DEPTH; the
// caller's smaller maxDepth is applied after the search (a shortest path longer than
// it means there is none within it), so the search itself needs no per-depth file.
// Among equally short paths the one whose node keys sort first wins (deterministic).
CALL () {
  WITH $from AS ref WHERE ref.label = 'Skill' MATCH (n:Skill {slug: ref.key}) RETURN n
  UNION ALL
  WITH $from AS ref WHERE ref.label = 'Company' MATCH (n:Company {slug: ref.key}) RETURN n
  UNION ALL
  WITH $from AS ref WHERE ref.label = 'Resource' MATCH (n:Resource {slug: ref.key}) RETURN n
  UNION ALL
  WITH $from AS ref WHERE ref.label = 'Provider' MATCH (n:Provider {slug: ref.key}) RETURN n
  UNION ALL
  WITH $from AS ref WHERE ref.label = 'Framework' MATCH (n:Framework {slug: ref.key}) RETURN n
  UNION ALL
  WITH $from AS ref WHERE ref.label = 'FrameworkItem' MATCH (n:FrameworkItem {code: ref.key}) RETURN n
  UNION ALL
  WITH $from AS ref WHERE ref.label = 'Concept' MATCH (n:Concept {slug: ref.key}) RETURN n
}
WITH n AS a
CALL () {
  WITH $to AS ref WHERE ref.label = 'Skill' MATCH (n:Skill {slug: ref.key}) RETURN n
  UNION ALL
  WITH $to AS ref WHERE ref.label = 'Company' MATCH (n:Company {slug: ref.key}) RETURN n
  UNION ALL
  WITH $to AS ref WHERE ref.label = 'Resource' MATCH (n:Resource {slug: ref.key}) RETURN n
  UNION ALL
  WITH $to AS ref WHERE ref.label = 'Provider' MATCH (n:Provider {slug: ref.key}) RETURN n
  UNION ALL
  WITH $to AS ref WHERE ref.label = 'Framework' MATCH (n:Framework {slug: ref.key}) RETURN n
  UNION ALL
  WITH $to AS ref WHERE ref.label = 'FrameworkItem' MATCH (n:FrameworkItem {code: ref.key}) RETURN n
  UNION ALL
  WITH $to AS ref WHERE ref.label = 'Concept' MATCH (n:Concept {slug: ref.key}) RETURN n
}
WITH a, n AS b
MATCH p = ALL SHORTEST (a) (()-[r]-() WHERE type(r) IN $types){0,10} (b)
WITH p, [x IN nodes(p) | [[l IN $kinds WHERE l IN labels(x)][0], x[$keyOf[[l IN $kinds WHERE l IN labels(x)][0]]]]] AS keys
ORDER BY keys
LIMIT 1
WITH p WHERE length(p) <= $maxDepth
RETURN [x IN nodes(p) | [
         elementId(x),
         [l IN $kinds WHERE l IN labels(x)][0],
         x[$keyOf[[l IN $kinds WHERE l IN labels(x)][0]]],
         COUNT { (x)--() },
         coalesce(x.name, x.title),
         properties(x)
       ]] AS nodes,
       [r IN relationships(p) | [type(r), elementId(startNode(r)), elementId(endNode(r)), properties(r)]] AS edges,
       length(p) + 1 AS total
