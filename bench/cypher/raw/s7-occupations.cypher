// S7b for the raw driver: the first $limit occupations using a skill, by code, with
// O*NET's flags, and how many there are (the degree by type, as skillgraph counts).
MATCH (s:Skill {slug: $slug})
RETURN {
  occupations: {
    totalCount: COUNT { (s)<-[:USES]-(:Occupation) },
    edges: COLLECT {
      MATCH (s)<-[u:USES]-(o:Occupation)
      RETURN { hot: u.hot, inDemand: u.inDemand, node: { code: o.code, title: o.title } }
      ORDER BY o.code
      LIMIT $limit
    }
  }
} AS skill
