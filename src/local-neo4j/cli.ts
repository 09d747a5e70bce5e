/**
 * `npm run neo4j:start | neo4j:stop | neo4j:status`: manage the local Neo4j.
 */
import { loadConfig } from '../config';
import { localNeo4j } from './local-neo4j';
import { MissingPrerequisiteError } from './prerequisites';

async function main(command: string | undefined): Promise<number> {
  const config = loadConfig();
  const server = localNeo4j(config);
  const say = (line: string) => process.stdout.write(`${line}\n`);
  switch (command) {
    case 'start': {
      const { started, pid } = await server.start(say);
      say(started ? `Neo4j is running (pid ${pid}): ${server.uri}` : `Neo4j is already running (pid ${pid}): ${server.uri}`);
      return 0;
    }
    case 'stop':
      say((await server.stop(say)) ? 'Neo4j stopped.' : 'Neo4j is not running.');
      return 0;
    case 'status': {
      const pid = server.pid();
      say(pid === null ? `Neo4j is not running (home ${server.home}).` : `Neo4j is running (pid ${pid}): ${server.uri}`);
      return pid === null ? 3 : 0;
    }
    default:
      say('usage: neo4j-local start|stop|status');
      return 2;
  }
}

// exitCode rather than exit(): lets piped output flush.
main(process.argv[2]).then(
  (code) => (process.exitCode = code),
  (err: unknown) => {
    process.stderr.write(`${err instanceof MissingPrerequisiteError ? '' : 'neo4j-local: '}${(err as Error).message}\n`);
    process.exitCode = 1;
  },
);
