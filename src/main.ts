/**
 * `npm start`: the server on a real Neo4j, until Ctrl-C or SIGTERM.
 */
import { startSkillgraph } from './boot';
import { loadConfig } from './config';
import { createLogger } from './logger';

async function main(): Promise<void> {
  const config = loadConfig();
  const log = createLogger(config.logLevel);
  const running = await startSkillgraph(config, log);
  log.info({ url: running.url }, `skillgraph ready at ${running.url}`);

  let stopping = false;
  const shutdown = (signal: string) => {
    if (stopping) return;
    stopping = true;
    log.info({ signal, graceMs: config.ops.shutdownGraceMs }, 'shutting down: in-flight requests may finish');
    // In-flight requests get SHUTDOWN_GRACE_MS; if closing still hangs well past it, exit anyway.
    setTimeout(() => {
      log.error('shutdown took too long; exiting');
      process.exit(1);
    }, config.ops.shutdownGraceMs + 60_000).unref();
    running.stop().then(
      () => {
        log.info('stopped cleanly');
        process.exit(0);
      },
      (err: unknown) => {
        log.error({ err }, 'error while stopping');
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', () => shutdown('SIGINT'));
  process.on('SIGTERM', () => shutdown('SIGTERM'));
}

main().catch((err: unknown) => {
  process.stderr.write(`skillgraph could not start: ${(err as Error).message}\n`);
  process.exit(1);
});
