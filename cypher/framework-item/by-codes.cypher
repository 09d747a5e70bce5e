UNWIND $codes AS code
MATCH (i:FrameworkItem {code: code})
RETURN code AS slug, i {.*} AS node
