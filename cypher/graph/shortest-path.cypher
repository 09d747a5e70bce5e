// A shortest path of at most {{depth}} step(s) between $from and $to ({label, key}),
// relationships of $types in either direction, in one round trip; no row when there is
// none. {{depth}} is the caller's maxDepth, spliced from 1..MAX_PATH_DEPTH by
// cypherBounded (Cypher takes no parameter there), so the search itself stops there.
// Among equally short paths the one whose node keys sort first wins (deterministic): a
// Top-1 over the shortest paths, not a sort of them. Degrees leave out the internal
// RELATED_TO, as in cypher/graph/neighborhood.cypher.
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
  UNION ALL
  WITH $from AS ref WHERE ref.label = 'Occupation' MATCH (n:Occupation {code: ref.key}) RETURN n
  UNION ALL
  WITH $from AS ref WHERE ref.label = 'TechnologyCategory' MATCH (n:TechnologyCategory {code: ref.key}) RETURN n
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
  UNION ALL
  WITH $to AS ref WHERE ref.label = 'Occupation' MATCH (n:Occupation {code: ref.key}) RETURN n
  UNION ALL
  WITH $to AS ref WHERE ref.label = 'TechnologyCategory' MATCH (n:TechnologyCategory {code: ref.key}) RETURN n
}
WITH a, n AS b
MATCH p = ALL SHORTEST (a) (()-[r]-() WHERE type(r) IN $types){0,{{depth}}} (b)
// Every path has the same ends and length: rank by the inner nodes' [kind, key], the
// kind worked out once per node, then the relationship types (parallel relationships).
WITH p, [x IN nodes(p)[1..-1] | [[l IN $kinds WHERE l IN labels(x)][0], x]] AS inner
ORDER BY [k IN inner | [k[0], k[1][$keyOf[k[0]]]]], [r IN relationships(p) | type(r)]
LIMIT 1
RETURN [x IN nodes(p) | [
         elementId(x),
         [l IN $kinds WHERE l IN labels(x)][0],
         x[$keyOf[[l IN $kinds WHERE l IN labels(x)][0]]],
         COUNT { (x)--() } - COUNT { (x)-[:RELATED_TO]-() },
         coalesce(x.name, x.title),
         properties(x)
       ]] AS nodes,
       [r IN relationships(p) | [type(r), elementId(startNode(r)), elementId(endNode(r)), properties(r)]] AS edges,
       length(p) + 1 AS total
