// Every index (constraints are backed by one of the same name) and its state, for /ready.
SHOW INDEXES YIELD name, state
RETURN name, state
