/** Stops the tests' own Neo4j (.neo4j-test) if the global setup started it; one already running is left running. */
export default async function globalTeardown(): Promise<void> {
  const stop = (globalThis as Record<string, unknown>).__stopLocalNeo4j as (() => Promise<unknown>) | null | undefined;
  if (stop) await stop();
}
