// S3 for the raw driver: the skill's stored related list (as skillgraph reads it), top $limit.
MATCH (s:Skill {slug: $slug})
RETURN {
  relatedSkills: COLLECT {
    MATCH (s)-[r:RELATED_TO]->(o:Skill)
    WHERE r.rank <= $limit
    RETURN { score: r.score, skill: { slug: o.slug, name: o.name } }
    ORDER BY r.rank
  }
} AS skill
