import pino, { type Logger } from 'pino';

/** One pino logger per process; children carry request ids. Credentials are redacted. */
export function createLogger(level: string): Logger {
  return pino({
    level,
    base: { service: 'skillgraph' },
    redact: ['req.headers.authorization', 'req.headers["x-api-key"]', 'password', '*.password'],
  });
}

export type { Logger };
