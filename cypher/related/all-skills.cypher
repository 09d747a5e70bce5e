// Every skill with its related-list bookkeeping (see related/skill-states), for a full recompute.
MATCH (s:Skill)
RETURN s.slug AS slug, s.relatedNorm AS norm, s.relatedKth AS kth, s.relatedHash AS hash, s.relatedAt IS NOT NULL AS computed
