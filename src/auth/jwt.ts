import { createRemoteJWKSet, errors, jwtVerify, type JWTVerifyGetKey } from 'jose';
import type { Config } from '../config';
import { highestRole, type Role } from './roles';

type JwtSettings = NonNullable<Config['auth']['jwt']>;

/** Asymmetric algorithms accepted from a JWKS; HS256 only with JWT_SECRET (no algorithm confusion). */
const JWKS_ALGORITHMS = ['RS256', 'RS384', 'RS512', 'PS256', 'PS384', 'PS512', 'ES256', 'ES384', 'ES512', 'EdDSA'];

export class TokenRejected extends Error {
  constructor(
    message: string,
    readonly reason: string,
  ) {
    super(message);
  }
}

/** Reads a roles claim: a list of names or one space-separated string. */
function rolesFrom(claim: unknown): string[] {
  if (Array.isArray(claim)) return claim.filter((r): r is string => typeof r === 'string');
  return typeof claim === 'string' ? claim.split(/\s+/) : [];
}

/**
 * Verifies Bearer tokens with jose: signature (JWT_SECRET with HS256, or the keys at
 * JWKS_URL), `exp` required and checked, `iss` must equal JWT_ISSUER, `aud` checked when
 * JWT_AUDIENCE is set. Resolves the subject and the highest known role in the roles claim.
 */
export function jwtVerifier(settings: JwtSettings) {
  const key: Uint8Array | JWTVerifyGetKey = settings.secret
    ? new TextEncoder().encode(settings.secret)
    : createRemoteJWKSet(new URL(settings.jwksUrl!), { timeoutDuration: 5_000, cooldownDuration: 30_000 });
  const algorithms = settings.secret ? ['HS256'] : JWKS_ALGORITHMS;
  return async (token: string): Promise<{ id: string; role: Role | null }> => {
    try {
      const { payload } = await jwtVerify(token, key as Uint8Array, {
        algorithms,
        issuer: settings.issuer,
        audience: settings.audience,
        requiredClaims: ['exp'],
        clockTolerance: 5,
      });
      return { id: `jwt:${payload.sub ?? 'no-subject'}`, role: highestRole(rolesFrom(payload[settings.rolesClaim])) };
    } catch (err) {
      if (err instanceof errors.JWTExpired) throw new TokenRejected('The token has expired; get a new one.', err.code);
      if (err instanceof errors.JOSEError) throw new TokenRejected(`The token was refused: ${err.message}.`, err.code);
      throw err;
    }
  };
}
