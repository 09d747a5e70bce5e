// Of the candidate skills, those whose depth-2 neighbourhood holds $min to $max nodes.
UNWIND $slugs AS slug
MATCH (s:Skill {slug: slug})
CALL (s) {
  MATCH (s)-[*1..2]-(n)
  RETURN count(DISTINCT n) + 1 AS size
}
WITH slug, size
WHERE size >= $min AND size <= $max
RETURN slug, size
LIMIT $n
