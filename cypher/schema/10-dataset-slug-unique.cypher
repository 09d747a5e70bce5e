CREATE CONSTRAINT dataset_slug_unique IF NOT EXISTS FOR (n:Dataset) REQUIRE n.slug IS UNIQUE
