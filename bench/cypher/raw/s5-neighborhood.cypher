// Nodes within 2 hops of a skill, nearest first, cut at $limit, each with the
// relationships that reach it from one hop nearer (the caller keeps those whose
// both ends survived the cut).
MATCH (c:Skill {slug: $slug})
MATCH p = (c)-[*1..2]-(n)
WHERE n <> c
WITH c, n, min(length(p)) AS depth, collect(DISTINCT last(relationships(p))) AS via
ORDER BY depth, n.slug
WITH c, collect({
  key: elementId(n), type: labels(n)[0], slug: n.slug, name: coalesce(n.name, n.title, n.code),
  via: [r IN via | [elementId(r), type(r), elementId(startNode(r)), elementId(endNode(r))]]
}) AS found
RETURN {key: elementId(c), type: 'Skill', slug: c.slug, name: c.name} AS centre, found[0..$limit] AS kept, size(found) AS total
