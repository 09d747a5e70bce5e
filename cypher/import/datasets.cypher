// The data sets imported so far.
MATCH (d:Dataset)
RETURN d.slug AS slug, d.version AS version, d.importedAt AS importedAt
ORDER BY slug
