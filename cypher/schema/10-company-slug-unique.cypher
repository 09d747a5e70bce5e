CREATE CONSTRAINT company_slug_unique IF NOT EXISTS FOR (n:Company) REQUIRE n.slug IS UNIQUE
