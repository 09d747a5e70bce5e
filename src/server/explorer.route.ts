import express, { type Response, type Router } from 'express';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Logger } from '../logger';
import { WEB_ENTRIES, webBundle, webDir, type WebEntry } from './web-bundle';

/**
 * Pages served to browsers may only load what this server serves: no CDN, no inline
 * script. Styles may be inline (cytoscape and GraphiQL set element styles).
 */
export const PAGE_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "frame-ancestors 'none'",
  "base-uri 'none'",
  "form-action 'self'",
].join('; ');

export function sendPage(res: Response, html: string): void {
  res.setHeader('content-security-policy', PAGE_CSP);
  res.setHeader('x-content-type-options', 'nosniff');
  res.setHeader('cache-control', 'no-cache');
  res.type('html').send(html);
}

/** Serves one asset of a web bundle (prebuilt, or built on first use). */
export function bundleAsset(entry: WebEntry, log: Logger) {
  return async (req: express.Request, res: Response) => {
    try {
      const asset = (await webBundle(entry)).get(String(req.params.file));
      if (!asset) {
        res.status(404).type('text').send('not found');
        return;
      }
      res.setHeader('x-content-type-options', 'nosniff');
      res.setHeader('cache-control', 'no-cache');
      res.type(asset.contentType).send(asset.body);
    } catch (err) {
      log.error({ err, entry }, 'building the web bundle failed');
      res.status(500).type('text').send('the page bundle failed to build; see the server log');
    }
  };
}

/** `GET /explore`: the graph explorer page (web/explorer), bundled with cytoscape. */
export function explorerRouter(log: Logger): Router {
  const router = express.Router();
  const html = readFileSync(join(webDir, 'explorer/index.html'), 'utf8');
  router.get('/explore', (_req, res) => sendPage(res, html));
  router.get('/explore/assets/:file', bundleAsset(WEB_ENTRIES.explorer, log));
  return router;
}
