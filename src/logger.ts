import pino, { type DestinationStream, type Logger } from 'pino';

/**
 * One pino logger per process; children carry request ids. Credentials are redacted.
 * `destination` defaults to stdout (tests pass a stream to read the lines).
 */
export function createLogger(level: string, destination?: DestinationStream): Logger {
  const options = {
    level,
    base: { service: 'skillgraph' },
    redact: ['req.headers.authorization', 'req.headers["x-api-key"]', 'password', '*.password'],
  };
  return destination ? pino(options, destination) : pino(options);
}

export type { Logger };
