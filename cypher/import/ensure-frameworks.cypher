// Framework nodes an import hangs items under; the seed normally made them already,
// and an existing one is left as the seed wrote it.
UNWIND $frameworks AS f
MERGE (n:Framework {slug: f.slug})
ON CREATE SET n.name = f.name, n.publisher = f.publisher, n.url = f.url, n.source = f.url, n.createdAt = $now, n.updatedAt = $now
RETURN count(*) AS frameworks
