// What each demand source states about each skill, for src/repositories/demand.repository.ts
// to shape into signals: O*NET's figures with its ledger entry ($onet: where from, which
// release), and the rank the record itself states with the source it names.
OPTIONAL MATCH (d:Dataset {slug: $onet})
WITH d
UNWIND $slugs AS slug
MATCH (s:Skill {slug: slug})
RETURN slug, {
  onetRank: s.onetRank, onetOccupations: s.onetOccupations, onetHot: s.onetHot, onetInDemand: s.onetInDemand,
  onetSource: d.source, onetReleased: d.released,
  statedRank: s.demandRank, statedSource: coalesce(s.demandRankSource, s.source)
} AS node
