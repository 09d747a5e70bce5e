// One full-text index over everything a user may type a name of. FrameworkItem is
// listed now so later imports need no index rebuild.
CREATE FULLTEXT INDEX search IF NOT EXISTS
FOR (n:Skill|Company|Resource|Provider|Framework|FrameworkItem|Concept)
ON EACH [n.name, n.title, n.code, n.aliases, n.description, n.summary]
OPTIONS { indexConfig: { `fulltext.analyzer`: 'standard-no-stop-words', `fulltext.eventually_consistent`: false } }
