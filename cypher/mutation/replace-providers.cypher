// A resource has at most one provider: drops OFFERED_BY edges to any provider other
// than the one each row names (all of them when `provider` is null).
UNWIND $rows AS row
MATCH (:Resource {slug: row.resource})-[old:OFFERED_BY]->(p:Provider)
WHERE row.provider IS NULL OR p.slug <> row.provider
DELETE old
RETURN count(*) AS removed
