// One full-text index over everything a user may type a name of. Its name carries a
// version: `IF NOT EXISTS` leaves an index of the same name as it was, so a changed
// definition needs a new name (and 31-search-fulltext-drop-old.cypher drops the old ones).
// v3 adds resource authors and a framework item's framework (so "nist govern" finds
// GOVERN); field weights and the final order are the query's (src/domain/lucene-query.ts,
// src/domain/search-rank.ts).
CREATE FULLTEXT INDEX search_v3 IF NOT EXISTS
FOR (n:Skill|Company|Resource|Provider|Framework|FrameworkItem|Concept|Occupation|TechnologyCategory)
ON EACH [n.name, n.title, n.code, n.aliases, n.authors, n.framework, n.description, n.summary]
OPTIONS { indexConfig: { `fulltext.analyzer`: 'standard-no-stop-words', `fulltext.eventually_consistent`: false } }
