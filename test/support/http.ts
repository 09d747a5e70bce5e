import type { Driver } from '../../src/db/driver';
import { createLogger } from '../../src/logger';
import { createHttpApp } from '../../src/server/http-app';
import { removePrefixed, testDriver } from './neo4j';
import { testConfig } from './test-config';

/* eslint-disable @typescript-eslint/no-explicit-any -- tests read arbitrary response shapes */
/** What one GraphQL request over HTTP answered: the status, the headers and the parsed JSON body. */
export interface Reply<T = Record<string, any>> {
  status: number;
  headers: Headers;
  data?: T | null;
  errors?: Array<{ message: string; path?: unknown[]; extensions?: Record<string, any> }>;
  extensions?: Record<string, any>;
}

/**
 * POSTs one GraphQL operation, with extra headers (credentials, x-forwarded-for) if given,
 * and parses whatever JSON comes back, whatever the status: the one way tests talk GraphQL
 * over HTTP. A body that is not JSON fails the test with the status and the text.
 */
export async function gql<T = Record<string, any>>(
  url: string,
  query: string,
  variables: Record<string, unknown> = {},
  headers: Record<string, string> = {},
): Promise<Reply<T>> {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
  });
  const text = await res.text();
  let body: object;
  try {
    body = JSON.parse(text) as object;
  } catch {
    throw new Error(`not JSON (HTTP ${res.status}): ${text.slice(0, 300)}`);
  }
  return { status: res.status, headers: res.headers, ...body };
}

export interface TestServer {
  /** The GraphQL endpoint, `http://127.0.0.1:<port>/graphql`. */
  url: string;
  gql<T = Record<string, any>>(query: string, variables?: Record<string, unknown>, headers?: Record<string, string>): Promise<Reply<T>>;
  close(): Promise<void>;
}
/* eslint-enable @typescript-eslint/no-explicit-any */

/**
 * The real HTTP server on an ephemeral port, over the test Neo4j. For a server that lives
 * through a whole describe block use `useTestServer`; this is for one started inside a test.
 */
export async function startTestServer(driver: Driver, env: Record<string, string> = {}): Promise<TestServer> {
  const config = testConfig(env);
  const app = await createHttpApp({ driver, config, log: createLogger('silent') });
  const port = await app.listen(0, '127.0.0.1');
  const url = `http://127.0.0.1:${port}/graphql`;
  return {
    url,
    gql: (query, variables, headers) => gql(url, query, variables, headers),
    close: () => app.close(),
  };
}

/** A driver and a started server, both ready inside tests (`beforeAll` has run). */
export interface TestContext extends Pick<TestServer, 'url' | 'gql'> {
  driver: Driver;
  server: TestServer;
}

/** What `useTestServer` removes or restores once the block's tests are done. */
export interface TestServerCleanUp {
  /** This block's fixtures: nodes whose slug or code starts with it (see `uniquePrefix`) are removed. */
  prefix?: string;
  /** Anything else to undo with the driver (a data set to re-import, a property to restore), run before `prefix`. */
  cleanUp?: (driver: Driver) => Promise<unknown>;
}

/**
 * Registers, in the describe block (or file) it is called in, a `beforeAll` that opens a
 * driver to the test Neo4j and starts the server with `env` over it (a function is called
 * in that `beforeAll`, for settings known only once earlier hooks ran), and an `afterAll`
 * that runs `cleanUp`, removes the `prefix`ed fixtures, stops the server and closes the
 * driver, even if a cleanup step fails. Returns at once; the fields are read lazily, so use
 * them inside hooks and tests only.
 *
 * Jest runs the `afterAll` hooks of one block in the order they were declared, so this one
 * runs before any the caller declares later, when the driver is closed: undo through
 * `cleanUp` and `prefix`, not in an `afterAll` of your own that needs the driver.
 */
export function useTestServer(
  env: Record<string, string> | (() => Record<string, string>) = {},
  { prefix, cleanUp }: TestServerCleanUp = {},
): TestContext {
  let driver: Driver | undefined;
  let server: TestServer | undefined;
  const ready = <T>(value: T | undefined, what: string): T => {
    if (value === undefined) throw new Error(`useTestServer: the ${what} is only ready inside hooks and tests`);
    return value;
  };
  beforeAll(async () => {
    driver = testDriver();
    server = await startTestServer(driver, typeof env === 'function' ? env() : env);
  });
  afterAll(async () => {
    // Each step runs even if the one before failed; the first failure is reported.
    const steps = [
      async () => cleanUp && driver && (await cleanUp(driver)),
      async () => prefix && driver && (await removePrefixed(driver, prefix)),
      async () => server?.close(),
      async () => driver?.close(),
    ];
    const failures: unknown[] = [];
    for (const step of steps) {
      try {
        await step();
      } catch (error) {
        failures.push(error);
      }
    }
    if (failures.length > 0) throw failures[0];
  }, 180_000);
  return {
    get driver() {
      return ready(driver, 'driver');
    },
    get server() {
      return ready(server, 'server');
    },
    get url() {
      return ready(server, 'server').url;
    },
    gql: (query, variables, headers) => ready(server, 'server').gql(query, variables, headers),
  };
}
