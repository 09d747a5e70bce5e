// FrameworkItem has no slug constraint on main yet; links are matched by slug.
CREATE INDEX bench_frameworkitem_slug IF NOT EXISTS FOR (n:FrameworkItem) ON (n.slug)
