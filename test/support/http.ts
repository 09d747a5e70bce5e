import type { Driver } from '../../src/db/driver';
import { createLogger } from '../../src/logger';
import { createHttpApp } from '../../src/server/http-app';
import { testConfig } from './test-config';

export interface GraphQLResponse<T = Record<string, unknown>> {
  status: number;
  data?: T;
  errors?: Array<{ message: string; path?: unknown[]; extensions?: Record<string, unknown> }>;
  extensions?: Record<string, unknown>;
}

export interface TestServer {
  url: string;
  gql<T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>): Promise<GraphQLResponse<T>>;
  close(): Promise<void>;
}

/** The real HTTP server on an ephemeral port, over the test Neo4j. */
export async function startTestServer(driver: Driver, env: Record<string, string> = {}): Promise<TestServer> {
  const config = testConfig(env);
  const app = await createHttpApp({ driver, config, log: createLogger('silent') });
  const port = await app.listen(0, '127.0.0.1');
  const url = `http://127.0.0.1:${port}/graphql`;
  return {
    url,
    gql: async (query, variables) => {
      const res = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query, variables }),
      });
      return { status: res.status, ...((await res.json()) as object) };
    },
    close: () => app.close(),
  };
}
