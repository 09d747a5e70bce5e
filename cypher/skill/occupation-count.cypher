// Only occupations USE skills (ATLAS case studies USE techniques, which are no skills), so
// the incoming USES degree is the count, read from the node without expanding a hub.
UNWIND $slugs AS slug
MATCH (s:Skill {slug: slug})
RETURN slug, COUNT { (s)<-[:USES]-() } AS total
