import type { IncomingMessage, ServerResponse } from 'node:http';
import type { RequestHandler } from 'express';
import { pinoHttp } from 'pino-http';
import type { Principal } from '../auth/roles';
import type { Logger } from '../logger';
import type { Guard } from './plain-http';
import { requestIdFrom } from './request-id';

/**
 * One log line per HTTP request (pino-http) carrying the request id: the caller's
 * `x-request-id` when sane, else a new UUID, echoed in the response header. Headers
 * and bodies are not logged (credentials stay out of logs); probes log at debug.
 */
export function requestLogger(log: Logger): RequestHandler {
  return pinoHttp({
    logger: log,
    genReqId: (req: IncomingMessage, res: ServerResponse) => {
      const id = requestIdFrom(req.headers['x-request-id']);
      res.setHeader('x-request-id', id);
      return id;
    },
    customAttributeKeys: { reqId: 'requestId' },
    quietReqLogger: true,
    customLogLevel: (req, res, err) => {
      if (err || res.statusCode >= 500) return 'error';
      if (res.statusCode >= 400) return 'warn';
      return ['/health', '/ready', '/metrics'].includes(req.url ?? '') ? 'debug' : 'info';
    },
    serializers: {
      req: (req: { id: unknown; method: string; url: string; remoteAddress?: string }) => ({
        id: req.id,
        method: req.method,
        url: req.url,
        remoteAddress: req.remoteAddress,
      }),
      res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
    },
    customProps: (_req, res) => {
      const principal = (res as ServerResponse & { locals?: { principal?: Principal } }).locals?.principal;
      return principal ? { principal: principal.id } : {};
    },
  }) as unknown as RequestHandler;
}

/**
 * The same line as `requestLogger` for the lean /graphql path (graphql-endpoint.ts), at
 * a fraction of pino-http's cost: no child loggers per request (pino-http makes two or
 * three, serialising the request into each), one listener pair, and nothing built at
 * all when the line's level is off. The request id goes to `res.locals.requestId`.
 */
export function leanRequestLog(log: Logger): Guard {
  return (req, res, next) => {
    const id = requestIdFrom(req.headers['x-request-id']);
    res.setHeader('x-request-id', id);
    res.locals.requestId = id;
    const started = Date.now();
    const done = () => {
      res.off('close', done);
      res.off('finish', done);
      const failed = res.statusCode >= 500;
      const level = failed ? 'error' : res.statusCode >= 400 ? 'warn' : 'info';
      if (!log.isLevelEnabled(level)) return;
      const principal = res.locals.principal as Principal | undefined;
      log[level](
        {
          requestId: id,
          req: { id, method: req.method, url: req.url, remoteAddress: req.socket.remoteAddress },
          res: { statusCode: res.statusCode },
          ...(failed ? { err: { type: 'Error', message: `failed with status code ${res.statusCode}` } } : {}),
          responseTime: Date.now() - started,
          ...(principal ? { principal: principal.id } : {}),
        },
        failed ? 'request errored' : res.writableEnded && !req.readableAborted ? 'request completed' : 'request aborted',
      );
    };
    res.on('close', done);
    res.on('finish', done);
    next();
  };
}
