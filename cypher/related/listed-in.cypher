// The skills whose stored related lists hold each given skill.
UNWIND $slugs AS slug
MATCH (:Skill {slug: slug})<-[:RELATED_TO]-(o:Skill)
RETURN DISTINCT o.slug AS slug
