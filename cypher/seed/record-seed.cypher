// The seed's entry in the data set ledger, beside the imports': written in the seed's
// transaction, so it exists exactly when the seed was loaded. Rewritten only when the
// seed's content (its version, a hash) changed, so loading the same seed twice changes nothing.
MERGE (d:Dataset {slug: $slug})
ON CREATE SET d.createdAt = $now
WITH d, coalesce(d.version, '') <> $version AS changed
FOREACH (_ IN CASE WHEN changed THEN [1] ELSE [] END |
  SET d.name = $name, d.version = $version, d.source = $source, d.importedAt = $now, d.updatedAt = $now)
RETURN changed
