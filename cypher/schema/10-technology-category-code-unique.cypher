CREATE CONSTRAINT technology_category_code_unique IF NOT EXISTS FOR (n:TechnologyCategory) REQUIRE n.code IS UNIQUE
