MATCH (s:Skill {slug: $slug})
RETURN s {.slug, .name, .description, .category, .level, .demandRank, .trend, .aliases} AS skill
