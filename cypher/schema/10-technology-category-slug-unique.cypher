CREATE CONSTRAINT technology_category_slug_unique IF NOT EXISTS FOR (n:TechnologyCategory) REQUIRE n.slug IS UNIQUE
