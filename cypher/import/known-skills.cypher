// The skills of every other owner (the curated seed, editors, other data sets): what an
// importer's records may merge into (src/domain/skill-names.ts). $dataset is the importer's own.
MATCH (s:Skill)
WHERE s.dataset IS NULL OR s.dataset <> $dataset
RETURN s.slug AS slug, s.name AS name, coalesce(s.aliases, []) AS aliases, s.dataset AS dataset
