// Skills whose related lists are due for an update (related/mark-due), with the mark as
// seen, up to $limit (by index seek on :Skill(relatedDue)).
MATCH (s:Skill)
WHERE s.relatedDue IS NOT NULL
RETURN s.slug AS slug, s.relatedDue AS seen
LIMIT $limit
