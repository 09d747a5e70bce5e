// What was last imported for a data set, if anything.
OPTIONAL MATCH (d:Dataset {slug: $dataset})
RETURN d.version AS version, d.sha256 AS sha256, d.credit AS credit, d.importedAt AS importedAt
