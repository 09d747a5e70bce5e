CREATE CONSTRAINT write_lock_name_unique IF NOT EXISTS FOR (n:WriteLock) REQUIRE n.name IS UNIQUE
