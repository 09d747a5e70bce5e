import { createServer, type IncomingMessage, type Server } from 'node:http';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import express from 'express';
import type { Driver } from 'neo4j-driver';
import { createAuthenticator } from '../auth/authenticate';
import { authorizationPlugin } from '../auth/authorize';
import type { Principal } from '../auth/roles';
import type { Config } from '../config';
import { createContext, type GraphQLContext } from '../graphql/context';
import { buildSchema } from '../graphql/schema';
import type { Logger } from '../logger';
import { admissionControl } from './admission';
import { corsMiddleware } from './cors';
import { csrfPrevention } from './csrf-prevention';
import { documentPrecheck } from './document-precheck';
import { explorerRouter } from './explorer.route';
import { formatError } from './format-error';
import { graphExportRouter } from './graph-export.route';
import { authenticateRequest, batchLimit, bodyParser, refuseBadCredentials, requireReader } from './graphql-guards';
import { graphqlEndpoint } from './graphql-endpoint';
import { graphiqlRouter, wantsGraphiqlPage } from './graphiql.route';
import { bodyErrorHandler } from './http-errors';
import { queryLimits } from './limits';
import { createMetrics } from './metrics';
import { opsRoutes } from './ops-routes';
import { queryStatsPlugin } from './query-stats.plugin';
import { ApiResponse, type GuardResponse } from './plain-http';
import { clientIpFor, rateLimiter } from './rate-limit';
import { connectRedis } from './redis';
import { leanRequestLog, requestLogger } from './request-log';
import { responseCachePlugins } from './response-cache';
import { schemaRouter } from './schema.route';
import { warmUp, type WarmUpReport } from './warm-up';

export interface HttpApp {
  server: Server;
  /** Starts listening; resolves with the bound port. */
  listen(port: number, host: string): Promise<number>;
  /**
   * Stops accepting requests (/ready turns 503) and lets in-flight ones finish, for at
   * most SHUTDOWN_GRACE_MS; then remaining connections are closed.
   */
  close(): Promise<void>;
  /**
   * Runs the hot operations in process for at most `budgetMs` (src/server/warm-up.ts);
   * /ready answers 503 "warming up" meanwhile, and requests wait in the admission queue
   * (503 with Retry-After at its deadline) so the warm-up runs alone.
   */
  warmUp(budgetMs: number): Promise<WarmUpReport>;
}

/**
 * The HTTP server: GraphQL at /graphql behind authentication, a rate limit, body and
 * batch limits and the query limits; /health, /ready and /metrics beside it. Does not
 * own the driver.
 */
/** Who the warm-up's operations run as: a reader, as most traffic is. */
const WARM_UP_PRINCIPAL: Principal = Object.freeze({ id: 'warm-up', role: 'reader', via: 'api-key' });

export async function createHttpApp(deps: { driver: Driver; config: Config; log: Logger }): Promise<HttpApp> {
  const { limits, auth, ops } = deps.config;
  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', limits.trustProxy);
  // /graphql is answered by the lean handler below; Express serves every other route and
  // GraphiQL's page. `dispatch` is set once Apollo has started (before `listen`).
  let dispatch: (req: IncomingMessage, res: GuardResponse) => void = (req, res) => app(req, res);
  const server = createServer({ ServerResponse: ApiResponse }, (req, res) => dispatch(req, res));
  const metrics = createMetrics(deps.driver);
  const schema = buildSchema();
  const guards = queryLimits(schema, limits);
  let draining = false;
  let warming = false;
  // Shared rate limit and cache invalidation across replicas; none unless REDIS_URL is set.
  const redis = deps.config.redisUrl ? connectRedis(deps.config.redisUrl, deps.log) : undefined;
  const apollo = new ApolloServer<GraphQLContext>({
    schema,
    includeStacktraceInErrorResponses: false,
    // main.ts owns signal handling (it must also close the driver and the local Neo4j).
    stopOnTerminationSignals: false,
    formatError: formatError(deps.log),
    introspection: limits.introspection,
    // Ours, for POSTs only (csrf-prevention.ts): Apollo's would refuse urql's GET queries.
    csrfPrevention: false,
    allowBatchedHttpRequests: limits.maxBatch > 0,
    validationRules: guards.validationRules,
    parseOptions: guards.parseOptions,
    plugins: [
      // Browsers get our GraphiQL (graphiql.route.ts) or nothing; Apollo's pages load from a CDN.
      ApolloServerPluginLandingPageDisabled(),
      ApolloServerPluginDrainHttpServer({ httpServer: server, stopGracePeriodMillis: ops.shutdownGraceMs }),
      // Cache hints and the response cache only when RESPONSE_CACHE_TTL_S > 0 (else both off).
      ...responseCachePlugins<GraphQLContext>(deps.config.responseCache, redis),
      authorizationPlugin(auth, (context) => (context as GraphQLContext).principal),
      ...guards.plugins,
      metrics.apolloPlugin(),
      ...(deps.config.queryStats ? [queryStatsPlugin()] : []),
    ],
  });
  await apollo.start();

  app.use(requestLogger(deps.log));
  app.use(metrics.httpMiddleware);
  app.use(opsRoutes({ driver: deps.driver, config: deps.config, metrics, isDraining: () => draining, isWarming: () => warming }));
  // Graph exports read data too: the same credentials, rate limit and PUBLIC_READ as /graphql.
  const authenticate = authenticateRequest(createAuthenticator(auth));
  // One limiter (one store) for /graphql and the graph exports: a client's budget is shared.
  const limitRate = rateLimiter(limits, clientIpFor(app.get('trust proxy fn') as (a: string, i: number) => boolean), redis);
  // After the rate limit (an abusive client is refused before it takes a place in line).
  const admission = admissionControl(deps.config.admission, metrics.registry);
  // CORS before everything on the API's paths: preflights are answered here (before a
  // router's automatic OPTIONS reply), need no credentials, and refusals (401, 429) stay
  // readable cross-origin.
  app.use(['/graphql', '/graph', '/schema.graphql'], corsMiddleware(auth));
  app.use(['/graph', '/schema.graphql'], authenticate, limitRate, refuseBadCredentials, requireReader(auth));
  app.use('/graph/export', admission.middleware);
  // Graph views for drawing: downloads, the explorer page, and GraphiQL (before Apollo's /graphql).
  app.use(
    graphExportRouter(deps),
    schemaRouter(schema, limits.introspection),
    explorerRouter(deps.log),
    graphiqlRouter(deps.log, deps.config.graphiql),
  );
  const graphql = graphqlEndpoint({
    apollo,
    limits,
    // The order Express ran them in: log line and request id, metrics, CORS, then the guards.
    guards: [
      leanRequestLog(deps.log),
      metrics.httpMiddleware,
      corsMiddleware(auth),
      authenticate,
      limitRate,
      refuseBadCredentials,
      csrfPrevention,
      admission.middleware,
      bodyParser(limits),
      batchLimit(limits.maxBatch),
      documentPrecheck(limits),
    ],
    context: (requestId, principal) => createContext({ ...deps, observer: metrics.observer }, requestId, principal),
  });
  dispatch = (req, res) => {
    const url = req.url ?? '';
    const query = url.indexOf('?');
    const path = query < 0 ? url : url.slice(0, query);
    if ((path === '/graphql' || path === '/graphql/') && !wantsGraphiqlPage(req, deps.config.graphiql)) graphql(req, res);
    else app(req, res);
  };
  app.use(bodyErrorHandler((res) => String(res.locals.bodyLimit ?? limits.maxBodySize)));

  return {
    server,
    listen: (port, host) =>
      new Promise((resolve, reject) => {
        server.once('error', reject);
        server.listen(port, host, () => {
          server.off('error', reject);
          const address = server.address();
          resolve(typeof address === 'object' && address ? address.port : port);
        });
      }),
    close: async () => {
      draining = true;
      try {
        await apollo.stop();
      } finally {
        await redis?.close();
      }
    },
    warmUp: async (budgetMs) => {
      warming = true;
      admission.hold();
      try {
        return await warmUp(
          async (query, variables) => {
            const contextValue = createContext({ ...deps, observer: metrics.observer }, 'warm-up', WARM_UP_PRINCIPAL);
            const { body } = await apollo.executeOperation({ query, variables }, { contextValue });
            const result = body.kind === 'single' ? body.singleResult : body.initialResult;
            return { data: result.data, errors: (result.errors ?? []).map((e) => e.message) };
          },
          budgetMs,
          deps.log,
        );
      } finally {
        warming = false;
        admission.release();
      }
    },
  };
}
