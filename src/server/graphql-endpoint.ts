import type { IncomingMessage } from 'node:http';
import { type ApolloServer, HeaderMap, type HTTPGraphQLRequest } from '@apollo/server';
import type { Principal } from '../auth/roles';
import type { Config } from '../config';
import type { GraphQLContext } from '../graphql/context';
import { sendBodyError } from './http-errors';
import { chain, type Guard, type GuardResponse } from './plain-http';

/**
 * POST and GET /graphql on plain node:http, without Express's router: the guards in
 * their order (the caller's list: request id and log line, metrics, CORS, credentials,
 * rate limit, CSRF prevention, admission, body, batch and document limits), then Apollo
 * Server through its integration API, `executeHTTPGraphQLRequest`, as Apollo's own
 * standalone server and the @as-integrations packages call it. Express still serves
 * every other route (http-app.ts).
 */
export function graphqlEndpoint(deps: {
  apollo: ApolloServer<GraphQLContext>;
  guards: readonly Guard[];
  limits: Config['limits'];
  context: (requestId: string, principal: Principal | undefined) => GraphQLContext;
}): (req: IncomingMessage, res: GuardResponse) => void {
  const { apollo } = deps;
  const execute = async (req: IncomingMessage, res: GuardResponse) => {
    const headers = new HeaderMap();
    for (const key in req.headers) {
      const value = req.headers[key];
      if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
    }
    const url = req.url ?? '';
    const query = url.indexOf('?');
    const request: HTTPGraphQLRequest = {
      method: (req.method ?? 'GET').toUpperCase(),
      headers,
      search: query < 0 ? '' : url.slice(query),
      body: (req as { body?: unknown }).body,
    };
    const requestId = res.locals.requestId as string;
    const principal = res.locals.principal as Principal | undefined;
    const response = await apollo.executeHTTPGraphQLRequest({
      httpGraphQLRequest: request,
      context: async () => deps.context(requestId, principal),
    });
    for (const [key, value] of response.headers) res.setHeader(key, value);
    res.statusCode = response.status ?? 200;
    if (response.body.kind === 'complete') {
      res.end(response.body.string);
      return;
    }
    for await (const chunk of response.body.asyncIterator) res.write(chunk);
    res.end();
  };
  const fail = (err: unknown, _req: IncomingMessage, res: GuardResponse) => {
    if (res.headersSent) {
      res.destroy();
      return;
    }
    sendBodyError(err, res, String(res.locals.bodyLimit ?? deps.limits.maxBodySize));
  };
  return chain(deps.guards, (req, res) => void execute(req, res).catch((err: unknown) => fail(err, req, res)), fail);
}
