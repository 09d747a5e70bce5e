// How many distinct skills cypher/technology-category/skills.cypher pages through.
UNWIND $slugs AS slug
MATCH (c:TechnologyCategory {code: slug})
CALL (c) {
  MATCH (c)<-[:PART_OF*0..3]-(:TechnologyCategory)<-[:IN_CATEGORY]-(s:Skill)
  RETURN count(DISTINCT s) AS total
}
RETURN slug, total
