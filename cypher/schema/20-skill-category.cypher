CREATE INDEX skill_category IF NOT EXISTS FOR (n:Skill) ON (n.category)
