// One full-text index over everything a user may type a name of. Its name carries a
// version: `IF NOT EXISTS` leaves an index of the same name as it was, so a changed
// definition needs a new name (and 31-search-fulltext-drop-old.cypher drops the old one).
// v2 adds O*NET occupations (title, description, code) and technology categories (title).
CREATE FULLTEXT INDEX search_v2 IF NOT EXISTS
FOR (n:Skill|Company|Resource|Provider|Framework|FrameworkItem|Concept|Occupation|TechnologyCategory)
ON EACH [n.name, n.title, n.code, n.aliases, n.description, n.summary]
OPTIONS { indexConfig: { `fulltext.analyzer`: 'standard-no-stop-words', `fulltext.eventually_consistent`: false } }
