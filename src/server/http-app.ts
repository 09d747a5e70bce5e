import { createServer, type Server } from 'node:http';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { expressMiddleware } from '@as-integrations/express5';
import express from 'express';
import type { Driver } from 'neo4j-driver';
import type { Config } from '../config';
import { createContext, type GraphQLContext } from '../graphql/context';
import { buildSchema } from '../graphql/schema';
import type { Logger } from '../logger';
import { explorerRouter } from './explorer.route';
import { formatError } from './format-error';
import { graphExportRouter } from './graph-export.route';
import { graphiqlRouter } from './graphiql.route';
import { queryStatsPlugin } from './query-stats.plugin';
import { requestIdFrom } from './request-id';

export interface HttpApp {
  server: Server;
  /** Starts listening; resolves with the bound port. */
  listen(port: number, host: string): Promise<number>;
  /** Stops accepting requests and lets in-flight ones finish. */
  close(): Promise<void>;
}

/** The HTTP server: GraphQL at /graphql, plus /health. Does not own the driver. */
export async function createHttpApp(deps: { driver: Driver; config: Config; log: Logger }): Promise<HttpApp> {
  const app = express();
  app.disable('x-powered-by');
  const server = createServer(app);
  const apollo = new ApolloServer<GraphQLContext>({
    schema: buildSchema(),
    includeStacktraceInErrorResponses: false,
    // main.ts owns signal handling (it must also close the driver and the local Neo4j).
    stopOnTerminationSignals: false,
    formatError: formatError(deps.log),
    plugins: [ApolloServerPluginDrainHttpServer({ httpServer: server }), ...(deps.config.queryStats ? [queryStatsPlugin()] : [])],
  });
  await apollo.start();

  app.get('/health', (_req, res) => {
    res.json({ status: 'ok' });
  });
  // Graph views for drawing: downloads, the explorer page, and GraphiQL (before Apollo's /graphql).
  app.use(graphExportRouter(deps), explorerRouter(deps.log), graphiqlRouter(deps.log));
  app.use(
    '/graphql',
    express.json({ limit: '1mb' }),
    expressMiddleware(apollo, {
      context: async ({ req, res }) => {
        const requestId = requestIdFrom(req.headers['x-request-id']);
        res.setHeader('x-request-id', requestId);
        return createContext(deps, requestId);
      },
    }),
  );

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
    close: () => apollo.stop(),
  };
}
