/** Stops the local Neo4j if the global setup started it. */
export default async function globalTeardown(): Promise<void> {
  const stop = (globalThis as Record<string, unknown>).__stopLocalNeo4j as (() => Promise<unknown>) | null | undefined;
  if (stop) await stop();
}
