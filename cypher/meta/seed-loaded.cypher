// Whether the curated seed is loaded: its entry in the data set ledger, written in the
// seed's own transaction. Skills prove nothing: an import (Metacademy concepts become
// skills) may have run before the first start.
MATCH (d:Dataset {slug: $seed})
RETURN count(d) > 0 AS loaded
