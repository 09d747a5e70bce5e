CREATE INDEX framework_item_framework_kind IF NOT EXISTS FOR (n:FrameworkItem) ON (n.framework, n.kind)
