import neo4j from 'neo4j-driver';

/** A Neo4j DateTime, as writes store it in createdAt, updatedAt and the like. */
export type DbTimestamp = ReturnType<typeof neo4j.types.DateTime.fromStandardDate>;

/**
 * The current time as a Cypher DateTime parameter: the one place writes get it, so
 * nothing outside src/db imports the driver to stamp a row. One value per transaction
 * keeps every row it writes on the same instant.
 */
export function dbNow(): DbTimestamp {
  return neo4j.types.DateTime.fromStandardDate(new Date());
}
