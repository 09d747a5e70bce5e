import { Neo4jError } from 'neo4j-driver';
import { AppError, ErrorCode } from '../errors';

/**
 * Maps driver failures to API errors, so the rest of the code never inspects Neo4j
 * codes. Anything unrecognised is rethrown unchanged and masked by the server.
 */
export function mapNeo4jError(err: unknown): unknown {
  if (!(err instanceof Neo4jError)) return err;
  const code = err.code ?? '';
  if (code === 'ServiceUnavailable' || code === 'SessionExpired' || code.startsWith('Neo.TransientError.General.DatabaseUnavailable')) {
    // 503 with Retry-After, so proxies and clients know to come back (Apollo reads `http`).
    return new AppError(ErrorCode.SERVICE_UNAVAILABLE, 'The database is unavailable; retry shortly.', {
      http: { status: 503, headers: new Map([['retry-after', '5']]) },
    });
  }
  if (
    code.startsWith('Neo.ClientError.Transaction.TransactionTimedOut') ||
    code === 'Neo.TransientError.Transaction.Terminated' ||
    code.startsWith('Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration')
  ) {
    return new AppError(ErrorCode.TIMEOUT, 'The query took too long and was stopped; ask for less (smaller first, depth or limit).');
  }
  if (code === 'Neo.ClientError.Schema.ConstraintValidationFailed') {
    return new AppError(ErrorCode.CONFLICT, 'The write conflicts with existing data (a unique key is taken).');
  }
  return err;
}
