MATCH (o:Occupation)
RETURN count(o) AS total
