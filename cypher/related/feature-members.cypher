// The skills that have the given nodes as features (their names show in reasons): a
// skill's closed REQUIRES neighbourhood, a company's hired skills, a resource's taught
// skills, a concept or framework's covering skills.
CALL () {
  UNWIND $skills AS slug
  MATCH (x:Skill {slug: slug})
  RETURN x.slug AS slug
  UNION
  UNWIND $skills AS slug
  MATCH (:Skill {slug: slug})-[:REQUIRES]-(y:Skill)
  RETURN y.slug AS slug
  UNION
  UNWIND $companies AS slug
  MATCH (:Company {slug: slug})-[:HIRES_FOR]->(y:Skill)
  RETURN y.slug AS slug
  UNION
  UNWIND $resources AS slug
  MATCH (:Resource {slug: slug})-[:TEACHES]->(y:Skill)
  RETURN y.slug AS slug
  UNION
  UNWIND $concepts AS slug
  MATCH (:Concept {slug: slug})<-[:COVERS]-(y:Skill)
  RETURN y.slug AS slug
  UNION
  UNWIND $frameworks AS slug
  MATCH (:Framework {slug: slug})<-[:COVERS]-(y:Skill)
  RETURN y.slug AS slug
}
RETURN collect(slug) AS slugs
