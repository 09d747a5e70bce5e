// The related-list bookkeeping of the given skills: `norm` the Σ of their feature
// weights, `kth` the score of the last of a full list (0 when shorter), `hash` a digest
// of the list, `computed` whether it was ever computed.
UNWIND $slugs AS slug
MATCH (s:Skill {slug: slug})
RETURN slug, s.relatedNorm AS norm, s.relatedKth AS kth, s.relatedHash AS hash, s.relatedAt IS NOT NULL AS computed
