import { Neo4jError } from 'neo4j-driver';
import { AppError, ErrorCode } from '../errors';

/**
 * Maps driver failures to API errors, so the rest of the code never inspects Neo4j
 * codes. Anything unrecognised is rethrown unchanged and masked by the server.
 */
export function mapNeo4jError(err: unknown): unknown {
  if (!(err instanceof Neo4jError)) return err;
  const code = err.code ?? '';
  // Timeouts first: a terminated transaction is also a transient error.
  if (isTimeout(code)) {
    return new AppError(ErrorCode.TIMEOUT, 'The query took too long and was stopped; ask for less (smaller first, depth or limit).');
  }
  // Still failing after the driver's retries (connection lost, database starting or
  // stopping, any other transient error): unavailable for now, worth a retry later. A
  // connection reset while a query was on the wire surfaces as ProtocolError.
  if (code === 'ServiceUnavailable' || code === 'SessionExpired' || code === 'ProtocolError' || Neo4jError.isRetryable(err)) {
    // 503 with Retry-After, so proxies and clients know to come back (Apollo reads `http`).
    return new AppError(ErrorCode.SERVICE_UNAVAILABLE, 'The database is unavailable; retry shortly.', {
      http: { status: 503, headers: new Map([['retry-after', '5']]) },
    });
  }
  if (code === 'Neo.ClientError.Schema.ConstraintValidationFailed') {
    return new AppError(ErrorCode.CONFLICT, 'The write conflicts with existing data (a unique key is taken).');
  }
  return err;
}

function isTimeout(code: string): boolean {
  return code.startsWith('Neo.ClientError.Transaction.TransactionTimedOut') || code === 'Neo.TransientError.Transaction.Terminated';
}
