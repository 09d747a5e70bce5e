CREATE CONSTRAINT occupation_slug_unique IF NOT EXISTS FOR (n:Occupation) REQUIRE n.slug IS UNIQUE
