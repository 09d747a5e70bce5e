// Template: {{Label}}. The hand-written baseline for S6: an idempotent upsert by slug.
UNWIND $rows AS row
MERGE (n:{{Label}} {slug: row.slug})
SET n += row.props
