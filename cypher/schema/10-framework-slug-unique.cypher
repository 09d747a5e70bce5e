CREATE CONSTRAINT framework_slug_unique IF NOT EXISTS FOR (n:Framework) REQUIRE n.slug IS UNIQUE
