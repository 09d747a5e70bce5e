import express, { type Request, type Router } from 'express';
import { readFileSync } from 'node:fs';
import type { IncomingMessage } from 'node:http';
import { dirname, join } from 'node:path';
import type { Logger } from '../logger';
import { bundleAsset, sendPage } from './explorer.route';
import { WEB_ENTRIES, webDir } from './web-bundle';

/** GraphiQL 3's UMD build and the React 18 it runs on, straight from node_modules. */
const packageDir = (name: string) => dirname(require.resolve(`${name}/package.json`));
const VENDOR: Record<string, { path: string; type: string }> = {
  'react.production.min.js': { path: join(packageDir('react'), 'umd/react.production.min.js'), type: 'text/javascript' },
  'react-dom.production.min.js': { path: join(packageDir('react-dom'), 'umd/react-dom.production.min.js'), type: 'text/javascript' },
  'graphiql.min.js': { path: join(packageDir('graphiql'), 'graphiql.min.js'), type: 'text/javascript' },
  'graphiql.min.css': { path: join(packageDir('graphiql'), 'graphiql.min.css'), type: 'text/css' },
};

const TYPES = ['application/json', 'application/graphql-response+json', 'text/html'];
const prefersHtml = (req: Request) => req.accepts(TYPES) === 'text/html';

/**
 * Whether Express's GraphiQL route below answers this `/graphql` request (the page, or the
 * 404 saying it is off), rather than the lean GraphQL handler: a GET or HEAD whose Accept
 * prefers text/html. Negotiated by Express's own `req.accepts`, and only when Accept names
 * a text type at all (JSON clients never pay for it).
 */
export function wantsGraphiqlPage(req: IncomingMessage, enabled: boolean): boolean {
  if (req.method !== 'GET' && req.method !== 'HEAD') return false;
  if (!req.headers.accept?.includes('text/')) return false;
  if ((express.request.accepts as (this: IncomingMessage, types: string[]) => string | false).call(req, TYPES) !== 'text/html')
    return false;
  return enabled || !/[?&]query=/.test(req.url ?? '');
}

/**
 * A self-hosted GraphiQL at `GET /graphql` for browsers (Accept prefers text/html).
 * Apollo's default landing page loads from a CDN and is blank offline; this one loads
 * only from this server. Queries go out as POST with a JSON body, which Apollo's CSRF
 * prevention accepts. On when `enabled` (config.graphiql: development, or GRAPHIQL=true).
 * Must be mounted before Apollo's `/graphql` middleware.
 */
export function graphiqlRouter(log: Logger, enabled: boolean): Router {
  const router = express.Router();
  if (!enabled) {
    // Off (production, unless GRAPHIQL=true): a browser opening /graphql learns why; queries pass.
    router.get('/graphql', (req, res, next) => {
      if (req.query.query !== undefined || !prefersHtml(req)) return next();
      res.status(404).type('text').send('GraphiQL is off on this server (GRAPHIQL=true turns it on). POST GraphQL requests to this URL.\n');
    });
    return router;
  }
  const html = readFileSync(join(webDir, 'graphiql/index.html'), 'utf8');
  router.get('/graphql', (req, res, next) => {
    if (!prefersHtml(req)) return next();
    sendPage(res, html);
  });
  router.get('/graphiql/vendor/:file', (req, res) => {
    const file = VENDOR[String(req.params.file)];
    if (!file) {
      res.status(404).type('text').send('not found');
      return;
    }
    res.setHeader('cache-control', 'public, max-age=86400');
    res.sendFile(file.path, { headers: { 'content-type': `${file.type}; charset=utf-8` } });
  });
  router.get('/graphiql/assets/:file', bundleAsset(WEB_ENTRIES.graphiql, log));
  return router;
}
