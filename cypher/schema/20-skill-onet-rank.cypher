// O*NET's demand rank orders skills (orderBy: DEMAND) and is read per skill.
CREATE INDEX skill_onet_rank IF NOT EXISTS FOR (n:Skill) ON (n.onetRank)
