import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { isAbsolute, join } from 'node:path';
import neo4j from 'neo4j-driver';
import type { Config } from '../config';
import { projectRoot } from '../project-root';
import { renderNeo4jConf } from './neo4j-conf';
import { checkPrerequisites } from './prerequisites';

/**
 * Runs Neo4j Community on this machine without Docker: jars from Maven Central
 * (scripts/neo4j/pom.xml), started with Neo4j's own launcher in the background,
 * data under NEO4J_HOME (default `.neo4j/`, git-ignored).
 */
export interface LocalNeo4j {
  uri: string;
  home: string;
  /** Null when it is not running. */
  pid(): number | null;
  /** Starts it unless running; resolves once Bolt answers. `started` is false if it already ran. */
  start(log?: (line: string) => void): Promise<{ started: boolean; pid: number }>;
  /** Stops it cleanly (Neo4j checkpoints on SIGTERM); no-op when not running. */
  stop(log?: (line: string) => void): Promise<boolean>;
}

const launcher = 'org.neo4j.server.startup.Neo4jCommand';

/**
 * Whether a process runs. A zombie counts as gone: Neo4j's launcher detaches the
 * server, and in containers whose init does not reap, a stopped server lingers as one.
 */
export function isProcessAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3) !== 'Z';
  } catch {
    return true; // no /proc (macOS): trust kill(0)
  }
}

export function localNeo4j(config: Config): LocalNeo4j {
  const { local, neo4j: auth } = config;
  const home = isAbsolute(local.home) ? local.home : join(projectRoot, local.home);
  const lib = join(home, 'lib');
  const conf = join(home, 'conf');
  const pidFile = join(home, 'run', 'neo4j.pid');
  const uri = `bolt://127.0.0.1:${local.boltPort}`;
  const env = { ...process.env, NEO4J_HOME: home, NEO4J_CONF: conf };
  const java = (args: string[]) => spawnSync('java', ['-cp', `${join(lib, '*')}`, ...args], { env, encoding: 'utf8' });

  const pid = (): number | null => {
    if (!existsSync(pidFile)) return null;
    const value = Number(readFileSync(pidFile, 'utf8').trim());
    if (!Number.isInteger(value) || value <= 0) return null;
    return isProcessAlive(value) ? value : null;
  };

  const installed = () => existsSync(join(lib, `neo4j-${local.version}.jar`));

  const install = (log: (line: string) => void) => {
    log(`Fetching Neo4j Community ${local.version} from Maven Central (first use only)...`);
    rmSync(lib, { recursive: true, force: true });
    const mvn = spawnSync(
      'mvn',
      [
        '-q',
        '-B',
        '-f',
        join(projectRoot, 'scripts/neo4j/pom.xml'),
        `-Dneo4j.version=${local.version}`,
        'dependency:copy-dependencies',
        `-DoutputDirectory=${lib}`,
        '-DincludeScope=runtime',
      ],
      { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] },
    );
    if (mvn.status !== 0 || !installed()) {
      throw new Error(`Maven could not fetch org.neo4j:neo4j:${local.version}:\n${(mvn.stdout + mvn.stderr).slice(-3000)}`);
    }
    log(`Neo4j ${local.version}: ${readdirSync(lib).length} jars in ${lib}`);
  };

  const waitForBolt = async (started: number) => {
    const driver = neo4j.driver(uri, neo4j.auth.basic(auth.user, auth.password), { logging: undefined });
    const deadline = Date.now() + local.startTimeoutMs;
    try {
      for (;;) {
        try {
          await driver.verifyConnectivity();
          return;
        } catch (err) {
          const code = (err as { code?: string }).code ?? '';
          if (code.startsWith('Neo.ClientError.Security')) {
            throw new Error(
              `Neo4j at ${uri} refused the credentials (NEO4J_USER/NEO4J_PASSWORD): ${(err as Error).message}. ` +
                `The password is set on first start only; to reset, stop it and delete ${join(home, 'data')}.`,
            );
          }
          if (pid() === null) throw new Error(`Neo4j (pid ${started}) exited while starting:\n${logTail()}`);
          if (Date.now() > deadline) throw new Error(`Neo4j did not answer on ${uri} within ${local.startTimeoutMs} ms:\n${logTail()}`);
          await new Promise((r) => setTimeout(r, 250));
        }
      }
    } finally {
      await driver.close();
    }
  };

  const logTail = () => {
    const file = join(home, 'logs', 'neo4j.log');
    return existsSync(file) ? readFileSync(file, 'utf8').split('\n').slice(-25).join('\n') : '(no neo4j.log)';
  };

  return {
    uri,
    home,
    pid,
    async start(log = () => {}) {
      const running = pid();
      if (running !== null) {
        await waitForBolt(running);
        return { started: false, pid: running };
      }
      // A pid file left by a Neo4j that died (killed, crashed): the launcher would read a
      // zombie of that pid (a container's init may not reap it) as "already running" and
      // refuse to start. pid() has already found it gone, so the file is stale.
      rmSync(pidFile, { force: true });
      checkPrerequisites(!installed());
      if (!installed()) install(log);
      for (const dir of ['conf', 'data', 'logs', 'run', 'plugins', 'import']) mkdirSync(join(home, dir), { recursive: true });
      writeFileSync(join(conf, 'neo4j.conf'), renderNeo4jConf(local));
      if (!existsSync(join(home, 'data', 'dbms', 'auth.ini'))) {
        // Only effective before the very first start; afterwards the password lives in the system database.
        const set = java(['org.neo4j.cli.AdminTool', 'dbms', 'set-initial-password', auth.password]);
        if (set.status !== 0) throw new Error(`Could not set the initial Neo4j password:\n${set.stdout}${set.stderr}`);
      }
      const run = java([launcher, 'start']);
      const started = pid();
      if (run.status !== 0 || started === null) throw new Error(`Neo4j did not start:\n${run.stdout}${run.stderr}\n${logTail()}`);
      log(`Neo4j ${local.version} starting (pid ${started}, heap ${local.heap}, page cache ${local.pageCache})...`);
      await waitForBolt(started);
      return { started: true, pid: started };
    },
    async stop(log = () => {}) {
      const running = pid();
      if (running === null) return false;
      log(`Stopping Neo4j (pid ${running})...`);
      process.kill(running, 'SIGTERM');
      const deadline = Date.now() + 120_000;
      while (pid() !== null) {
        if (Date.now() > deadline) throw new Error(`Neo4j (pid ${running}) did not stop within 120 s`);
        await new Promise((r) => setTimeout(r, 100));
      }
      rmSync(pidFile, { force: true });
      return true;
    },
  };
}
