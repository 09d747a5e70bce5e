import { createClient, ErrorReply } from 'redis';
import type { Logger } from '../logger';

/** A command that takes longer than this counts as Redis being down (the request goes on locally). */
const COMMAND_TIMEOUT_MS = 1_000;
/** After a failed command on an open connection (a hung Redis), skip Redis this long before trying again. */
const RETRY_AFTER_FAILURE_MS = 5_000;

/**
 * The state replicas share (the rate limit's counters, the response cache's generation)
 * lives in Redis when REDIS_URL is set. Redis is a helper, not a dependency: while it is
 * unreachable every command is refused at once (no offline queue), callers fall back to
 * this process's own state, and the client reconnects by itself. The switch each way is
 * logged once, not per request.
 */
export interface RedisLink {
  /** Whether to try Redis now: connected, and no command failed in the last few seconds. */
  readonly usable: boolean;
  /** Sends one command; rejects at once when Redis is not usable (callers fall back). */
  command<T = unknown>(args: string[]): Promise<T>;
  /** Called each time Redis becomes usable again (also the first time), e.g. to reload scripts. */
  onShared(listener: () => void): void;
  close(): Promise<void>;
}

export function connectRedis(url: string, log: Logger): RedisLink {
  const client = createClient({
    url,
    disableOfflineQueue: true,
    commandOptions: { timeout: COMMAND_TIMEOUT_MS },
    // Keep trying for as long as the process lives, at most a second apart.
    socket: { connectTimeout: 2_000, reconnectStrategy: (retries) => Math.min(100 * 2 ** retries, 1_000) },
  });
  const listeners: Array<() => void> = [];
  let shared = false;
  let everShared = false;
  let downLogged = false;
  let skipUntil = 0;
  let closing = false;

  const markShared = () => {
    skipUntil = 0;
    if (shared) return;
    shared = true;
    downLogged = false;
    log.info(
      { redis: redactedUrl(url) },
      everShared
        ? 'redis reachable again: rate limit and response-cache invalidation shared'
        : 'redis connected: rate limit and response-cache invalidation shared',
    );
    everShared = true;
    for (const listener of listeners) listener();
  };
  const markLocal = (err: unknown) => {
    shared = false;
    if (downLogged || closing) return;
    downLogged = true;
    log.warn(
      { redis: redactedUrl(url), err: err instanceof Error ? err.message : String(err) },
      'redis unavailable: rate limit and response-cache invalidation fall back to this process',
    );
  };

  // Without an 'error' listener a lost connection would crash the process.
  client.on('error', markLocal);
  client.on('ready', markShared);
  // connect() keeps retrying until the first connection; the server serves meanwhile.
  client.connect().catch(markLocal);

  return {
    get usable() {
      return client.isReady && Date.now() >= skipUntil;
    },
    async command<T>(args: string[]) {
      if (!this.usable) throw new Error('redis not available');
      try {
        const reply = await client.sendCommand<T>(args);
        markShared();
        return reply;
      } catch (err) {
        // An error reply is Redis answering (e.g. NOSCRIPT): the link is fine.
        if (!(err instanceof ErrorReply)) {
          skipUntil = Date.now() + RETRY_AFTER_FAILURE_MS;
          markLocal(err);
        }
        throw err;
      }
    },
    onShared(listener) {
      listeners.push(listener);
      if (shared) listener();
    },
    async close() {
      closing = true;
      if (client.isOpen) await client.close().catch(() => client.destroy());
    },
  };
}

/** The URL without its password, for logs. */
function redactedUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return 'redis';
  }
}
