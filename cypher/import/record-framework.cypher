// The version and provenance of the data a framework's items were imported from.
MATCH (f:Framework {slug: $framework})
SET f.dataVersion = $version, f.importedAt = $now, f.importSource = $source
RETURN f.slug AS slug
