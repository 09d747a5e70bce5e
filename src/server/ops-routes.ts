import { Router } from 'express';
import type { Driver } from 'neo4j-driver';
import type { Config } from '../config';
import { QueryRunner } from '../db/query-runner';
import type { Metrics } from './metrics';
import { checkReadiness } from './readiness';

/**
 * Probes and metrics beside /graphql, outside authentication and the rate limit:
 * `/health` (the process is alive: always 200), `/ready` (Neo4j reachable and the
 * schema applied, warmed up, and not shutting down: else 503), `/metrics` (Prometheus text).
 */
export function opsRoutes(deps: {
  driver: Driver;
  config: Config;
  metrics: Metrics;
  isDraining: () => boolean;
  isWarming: () => boolean;
}): Router {
  const router = Router();
  const probe = new QueryRunner(deps.driver, { database: deps.config.neo4j.database, metadata: { task: 'ready' } });

  router.get('/health', (_req, res) => {
    res.json({ status: 'ok' });
  });
  router.get('/ready', async (_req, res) => {
    res.setHeader('cache-control', 'no-store');
    if (deps.isDraining()) return void res.status(503).json({ status: 'unavailable', reason: 'shutting down' });
    if (deps.isWarming()) return void res.status(503).json({ status: 'unavailable', reason: 'warming up' });
    const readiness = await checkReadiness(probe, deps.config.ops.readyTimeoutMs);
    if (readiness.ready) res.json({ status: 'ready' });
    else res.status(503).json({ status: 'unavailable', reason: readiness.reason });
  });
  if (deps.config.ops.metrics) {
    router.get('/metrics', async (_req, res) => {
      res.setHeader('content-type', deps.metrics.registry.contentType);
      res.send(await deps.metrics.registry.metrics());
    });
  }
  return router;
}
