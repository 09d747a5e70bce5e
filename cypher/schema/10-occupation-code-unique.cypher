CREATE CONSTRAINT occupation_code_unique IF NOT EXISTS FOR (n:Occupation) REQUIRE n.code IS UNIQUE
