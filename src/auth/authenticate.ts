import type { IncomingHttpHeaders } from 'node:http';
import type { Config } from '../config';
import { AppError, ErrorCode } from '../errors';
import { apiKeyMatcher } from './api-keys';
import { jwtVerifier, TokenRejected } from './jwt';
import { ANONYMOUS, type Principal } from './roles';

/** UNAUTHENTICATED, answered with HTTP 401 and a WWW-Authenticate challenge. */
export function unauthenticated(message: string, extensions: Record<string, unknown> = {}): AppError {
  return new AppError(ErrorCode.UNAUTHENTICATED, message, {
    ...extensions,
    http: { status: 401, headers: new Map([['www-authenticate', 'Bearer realm="skillgraph"']]) },
  });
}

/**
 * Who is asking, from the headers alone (so it runs before the body is read): an
 * `X-API-Key`, a `Authorization: Bearer` JWT, or nobody. Credentials that are present
 * but wrong are an error, never a silent fall back to anonymous.
 */
export function createAuthenticator(auth: Config['auth']) {
  const matchKey = apiKeyMatcher(auth.apiKeys);
  const verifyJwt = auth.jwt ? jwtVerifier(auth.jwt) : null;
  return async (headers: IncomingHttpHeaders): Promise<Principal> => {
    const apiKey = headers['x-api-key'];
    const authorization = headers.authorization;
    if (apiKey !== undefined && authorization !== undefined)
      throw unauthenticated('Send one credential: X-API-Key or Authorization, not both.');
    if (apiKey !== undefined) {
      const match = typeof apiKey === 'string' ? matchKey(apiKey) : null;
      if (!match) throw unauthenticated('Unknown API key.', { reason: 'INVALID_API_KEY' });
      return { id: match.id, role: match.role, via: 'api-key' };
    }
    if (authorization !== undefined) {
      const bearer = /^Bearer +([A-Za-z0-9._~+/-]+=*)$/i.exec(authorization);
      if (!bearer) throw unauthenticated('Authorization must be "Bearer <JWT>".', { reason: 'MALFORMED_AUTHORIZATION' });
      if (!verifyJwt) throw unauthenticated('This server accepts no bearer tokens (no JWT_SECRET or JWKS_URL); use an X-API-Key.');
      try {
        const { id, role } = await verifyJwt(bearer[1]);
        return { id, role, via: 'jwt' };
      } catch (err) {
        if (err instanceof TokenRejected) throw unauthenticated(err.message, { reason: err.reason });
        throw err;
      }
    }
    return ANONYMOUS;
  };
}

export type Authenticator = ReturnType<typeof createAuthenticator>;
