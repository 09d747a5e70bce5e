CREATE CONSTRAINT concept_slug_unique IF NOT EXISTS FOR (n:Concept) REQUIRE n.slug IS UNIQUE
