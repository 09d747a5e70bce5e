// The data set ledger: the seed's entry and one per imported data set, by slug.
MATCH (d:Dataset)
RETURN d {.slug, .name, .version, .released, .source, .licence, .credit, importedAt: toString(d.importedAt)} AS node
ORDER BY d.slug
