CREATE CONSTRAINT provider_slug_unique IF NOT EXISTS FOR (n:Provider) REQUIRE n.slug IS UNIQUE
