CREATE INDEX skill_name IF NOT EXISTS FOR (n:Skill) ON (n.name)
