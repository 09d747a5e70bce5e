CREATE INDEX skill_related_due IF NOT EXISTS FOR (n:Skill) ON (n.relatedDue)
