MATCH (c:Company)
RETURN count(c) AS total
