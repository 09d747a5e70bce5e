import express, { type Request, type Response, type Router } from 'express';
import type { Driver } from 'neo4j-driver';
import type { Config } from '../config';
import type { QueryRunner } from '../db/query-runner';
import { requestRunner } from '../db/request-runner';
import { AppError, ErrorCode, badInput, isAppError, splitHttp } from '../errors';
import { EXPORT_FORMATS, isExportFormat } from '../graph-export/formats';
import { neighborhoodArgs, subgraphArgs } from '../graph-view/graph-view-args';
import type { Logger } from '../logger';
import { neighborhood, subgraph } from '../repositories/graph-view.repository';
import { sendError } from './http-errors';
import { requestIdFrom } from './request-id';

/** The parameters the route takes; anything else is a typo worth reporting. */
const PARAMS = new Set(['center', 'ids', 'depth', 'limit', 'relationshipTypes', 'labels', 'format']);

const STATUS: Partial<Record<string, number>> = {
  [ErrorCode.BAD_USER_INPUT]: 400,
  [ErrorCode.NOT_FOUND]: 404,
  [ErrorCode.TIMEOUT]: 504,
  [ErrorCode.SERVICE_UNAVAILABLE]: 503,
};

/** Repeated (`ids=a&ids=b`) and comma-separated (`ids=a,b`) values both work. */
function list(value: unknown): string[] | undefined {
  if (value === undefined) return undefined;
  const parts = (Array.isArray(value) ? value : [value]).flatMap((v) => String(v).split(','));
  return parts.map((p) => p.trim()).filter((p) => p.length > 0);
}

function single(params: Record<string, unknown>, name: string): string | undefined {
  const value = params[name];
  if (value === undefined) return undefined;
  if (Array.isArray(value) || typeof value !== 'string') throw badInput(name, 'give it once');
  return value;
}

function integer(params: Record<string, unknown>, name: string): number | undefined {
  const value = single(params, name);
  if (value === undefined) return undefined;
  if (!/^-?\d{1,9}$/.test(value)) throw badInput(name, `an integer; got ${JSON.stringify(value)}`);
  return Number(value);
}

/** A file name from the centre's key: letters, digits and dashes only. */
const safe = (text: string) =>
  text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 60) || 'node';

async function exportView(db: QueryRunner, params: Record<string, unknown>) {
  const unknown = Object.keys(params).filter((k) => !PARAMS.has(k));
  if (unknown.length > 0) throw badInput(unknown[0], `unknown parameter; use ${[...PARAMS].join(', ')}`);
  const format = single(params, 'format') ?? 'json';
  if (!isExportFormat(format)) throw badInput('format', `one of ${Object.keys(EXPORT_FORMATS).join(', ')}; got ${JSON.stringify(format)}`);
  const center = single(params, 'center');
  const ids = list(params.ids);
  if ((center === undefined) === (ids === undefined)) throw badInput('center', 'give either `center` (with `depth`) or `ids`, not both');

  if (ids !== undefined) {
    for (const name of ['depth', 'limit', 'relationshipTypes', 'labels']) {
      if (params[name] !== undefined) throw badInput(name, 'only with `center`; `ids` exports exactly those nodes');
    }
    if (ids.length === 0) throw badInput('ids', 'name at least one node id');
    const view = await subgraph(db, subgraphArgs(ids));
    const name = `skillgraph-subgraph-${view.nodes.length}-nodes`;
    return { format, view, name };
  }
  const args = neighborhoodArgs({
    id: center!,
    depth: integer(params, 'depth') ?? 2,
    limit: integer(params, 'limit'),
    relationshipTypes: list(params.relationshipTypes),
    labels: list(params.labels),
  });
  const view = await neighborhood(db, args);
  if (view.nodes.length === 0) throw new AppError(ErrorCode.NOT_FOUND, 'center: no node has this id');
  return { format, view, name: `skillgraph-${safe(args.center.key)}-depth${args.depth}` };
}

/**
 * `GET /graph/export?center=<id>&depth=2&format=graphml` (or `ids=<id>,<id>`): a graph
 * view as a download. POST takes the same fields form-encoded, for id lists too long
 * for a URL (the explorer exports what it shows that way). Errors have the shape of
 * every other refusal of this server (401, 429 in front of it included):
 * `{errors: [{message, extensions: {code, field?}}]}`.
 */
export function graphExportRouter(deps: { driver: Driver; config: Config; log: Logger }): Router {
  const router = express.Router();
  const handle = async (req: Request, res: Response, params: Record<string, unknown>) => {
    // The request logger has already set the id (and the response header); reuse it.
    const requestId = req.id === undefined ? requestIdFrom(req.headers['x-request-id']) : String(req.id);
    res.setHeader('x-request-id', requestId);
    const db = requestRunner(deps, { requestId, route: 'graph-export' });
    try {
      const { format, view, name } = await exportView(db, params);
      const spec = EXPORT_FORMATS[format];
      res.attachment(`${name}.${spec.extension}`);
      res.type(spec.contentType);
      res.setHeader('x-graph-truncated', String(view.truncated));
      res.setHeader('x-graph-omitted-nodes', String(view.omittedNodes));
      res.send(spec.write(view, name));
    } catch (err) {
      const status = isAppError(err) ? STATUS[String(err.extensions.code)] : undefined;
      if (isAppError(err) && status) {
        // `http` is for Apollo; its headers (Retry-After on 503) apply here too.
        const { http, extensions } = splitHttp(err);
        for (const [name, value] of http?.headers ?? []) res.setHeader(name, value);
        sendError(res, status, extensions.code as ErrorCode, err.message, extensions);
        return;
      }
      deps.log.error({ err, requestId }, 'graph export failed');
      sendError(res, 500, ErrorCode.INTERNAL_SERVER_ERROR, 'Internal server error');
    }
  };
  router.get('/graph/export', (req, res) => handle(req, res, req.query as Record<string, unknown>));
  router.post('/graph/export', express.urlencoded({ extended: false, limit: '1mb', parameterLimit: 10_000 }), (req, res) =>
    handle(req, res, (req.body ?? {}) as Record<string, unknown>),
  );
  return router;
}
