CREATE INDEX resource_kind IF NOT EXISTS FOR (n:Resource) ON (n.kind)
