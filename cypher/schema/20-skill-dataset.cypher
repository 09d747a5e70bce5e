CREATE INDEX skill_dataset IF NOT EXISTS FOR (n:Skill) ON (n.dataset)
