// Of the candidate skills, those whose depth-2 neighbourhood holds $min to $max nodes.
UNWIND $slugs AS slug
MATCH (s:Skill {slug: slug})
CALL (s) {
  MATCH p = (s)-[*1..2]-(n)
  WHERE all(r IN relationships(p) WHERE type(r) <> 'RELATED_TO')
  RETURN count(DISTINCT n) + 1 AS size
}
WITH slug, size
WHERE size >= $min AND size <= $max
RETURN slug, size
LIMIT $n
