import { type IncomingMessage, ServerResponse } from 'node:http';

/** What the guards leave for later ones: who asks, a credential error, the code of a refusal. */
export type Locals = Record<string, unknown>;

/** A response with Express's `locals`: the same guards run in Express and on the lean /graphql path. */
export type GuardResponse = ServerResponse & { locals: Locals };

/** Connect-style middleware over plain node:http (Express's handlers are a superset of it). */
export type Guard = (req: IncomingMessage, res: GuardResponse, next: (err?: unknown) => void) => void;

/**
 * The response class of the HTTP server (createServer's `ServerResponse` option): `locals`
 * from the start, and `append`, the one Express response method express-rate-limit calls
 * (its draft-8 RateLimit headers) — the thinnest adapter that lets it run outside Express.
 * Requests Express handles get Express's own prototype; `locals` carries over.
 */
export class ApiResponse<R extends IncomingMessage = IncomingMessage> extends ServerResponse<R> {
  locals: Locals = Object.create(null) as Locals;

  append(name: string, value: string | string[]): this {
    this.appendHeader(name, value);
    return this;
  }
}

/** A JSON answer as Express's `res.status(s).json(body)` sends it (same content type). */
export function sendJson(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.statusCode = status;
  res.setHeader('content-type', 'application/json; charset=utf-8');
  res.setHeader('content-length', Buffer.byteLength(text));
  res.end(text);
}

/** Runs `guards` in order, then `last`; an error passed to `next` (or thrown) goes to `fail`. */
export function chain(
  guards: readonly Guard[],
  last: (req: IncomingMessage, res: GuardResponse) => void,
  fail: (err: unknown, req: IncomingMessage, res: GuardResponse) => void,
): (req: IncomingMessage, res: GuardResponse) => void {
  return (req, res) => {
    let at = 0;
    const next = (err?: unknown): void => {
      if (err !== undefined && err !== null) return fail(err, req, res);
      const guard = guards[at++];
      if (!guard) return last(req, res);
      try {
        guard(req, res, next);
      } catch (thrown) {
        fail(thrown, req, res);
      }
    };
    next();
  };
}
