/**
 * Child-process entry for the fixture targets: `node --import tsx bench/targets/main.ts
 * neo4j-graphql|raw-driver <port>`. Uses skillgraph's own driver settings
 * (src/db/driver.ts) so only the layer above the driver differs.
 */
import type { Server } from 'node:http';
import { loadConfig } from '../../src/config';
import { createDriver } from '../../src/db/driver';
import { createNeo4jGraphqlServer } from './neo4j-graphql-server';
import { createRawDriverServer } from './raw-driver-server';

async function main(): Promise<void> {
  const [target, portArg] = process.argv.slice(2);
  const config = loadConfig();
  if (!config.neo4j.uri) throw new Error('NEO4J_URI must be set (the harness sets it)');
  const driver = createDriver({ uri: config.neo4j.uri, user: config.neo4j.user, password: config.neo4j.password });
  const database = config.neo4j.database;
  let server: Server;
  if (target === 'neo4j-graphql') server = await createNeo4jGraphqlServer(driver, database);
  else if (target === 'raw-driver') server = createRawDriverServer(driver, database);
  else throw new Error(`unknown target ${target}`);
  server.listen(Number(portArg), '127.0.0.1', () => process.stdout.write(`${target} listening on ${portArg}\n`));
  const stop = () => server.close(() => driver.close().then(() => process.exit(0)));
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
}

main().catch((err: unknown) => {
  process.stderr.write(`${(err as Error).stack}\n`);
  process.exit(1);
});
