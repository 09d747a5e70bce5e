CREATE CONSTRAINT framework_item_slug_unique IF NOT EXISTS FOR (n:FrameworkItem) REQUIRE n.slug IS UNIQUE
