// A case study's procedure: every step in order, with its technique and tactic.
UNWIND $slugs AS slug
MATCH (:FrameworkItem {slug: slug})-[u:USES]->(t:FrameworkItem)
OPTIONAL MATCH (tactic:FrameworkItem {code: u.tactic})
RETURN slug, {step: u.step, description: u.description, technique: t {.*}, tactic: tactic {.*}} AS node
ORDER BY slug, u.step
