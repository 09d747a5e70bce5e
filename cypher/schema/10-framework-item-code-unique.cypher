CREATE CONSTRAINT framework_item_code_unique IF NOT EXISTS FOR (n:FrameworkItem) REQUIRE n.code IS UNIQUE
