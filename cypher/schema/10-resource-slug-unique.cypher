CREATE CONSTRAINT resource_slug_unique IF NOT EXISTS FOR (n:Resource) REQUIRE n.slug IS UNIQUE
