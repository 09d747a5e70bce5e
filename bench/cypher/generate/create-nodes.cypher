// Template: {{Label}}. The generator's fast path into a wiped graph: CREATE, not MERGE,
// with the same properties the seed loader writes (content hash, timestamps).
UNWIND $rows AS row
CREATE (n:{{Label}})
SET n = row.props, n.slug = row.slug, n.contentHash = row.hash, n.createdAt = $now, n.updatedAt = $now
