// How many skills each occupation uses, with the flag filters of cypher/occupation/skills.cypher.
// Unfiltered, the USES degree answers without expanding (occupations USE only skills).
UNWIND $slugs AS slug
MATCH (o:Occupation {code: slug})
RETURN slug,
  CASE
    WHEN $hot IS NULL AND $inDemand IS NULL THEN COUNT { (o)-[:USES]->() }
    ELSE COUNT { (o)-[u:USES]->(:Skill) WHERE ($hot IS NULL OR u.hot = $hot) AND ($inDemand IS NULL OR u.inDemand = $inDemand) }
  END AS total
