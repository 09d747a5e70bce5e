// The import ledger: one node per data set, rewritten when an import changed something.
MERGE (d:Dataset {slug: $dataset})
ON CREATE SET d.createdAt = $now
SET d.name = $title, d.version = $version, d.source = $source, d.licence = $licence, d.credit = $credit, d.released = $released,
    d.file = $file, d.sha256 = $sha256, d.importedAt = $now, d.updatedAt = $now
RETURN d.slug AS slug
