import { Neo4jError } from 'neo4j-driver';
import { mapNeo4jError } from '../../src/db/neo4j-errors';

const driverError = (code: string) => new Neo4jError(`driver says ${code}`, code, '50N42', 'error');
const codeOf = (err: unknown) => (err as { extensions?: { code?: string } }).extensions?.code;

describe('mapNeo4jError', () => {
  it.each([
    ['ServiceUnavailable', 'SERVICE_UNAVAILABLE'],
    ['SessionExpired', 'SERVICE_UNAVAILABLE'],
    ['ProtocolError', 'SERVICE_UNAVAILABLE'],
    ['Neo.TransientError.General.DatabaseUnavailable', 'SERVICE_UNAVAILABLE'],
    ['Neo.TransientError.Transaction.DeadlockDetected', 'SERVICE_UNAVAILABLE'],
    ['Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration', 'TIMEOUT'],
    ['Neo.ClientError.Transaction.TransactionTimedOut', 'TIMEOUT'],
    ['Neo.TransientError.Transaction.Terminated', 'TIMEOUT'],
    ['Neo.ClientError.Schema.ConstraintValidationFailed', 'CONFLICT'],
  ])('%s becomes %s, without the driver message', (code, expected) => {
    const mapped = mapNeo4jError(driverError(code));
    expect(codeOf(mapped)).toBe(expected);
    expect((mapped as Error).message).not.toContain('driver says');
  });

  it('answers unavailability with 503 and Retry-After', () => {
    const mapped = mapNeo4jError(driverError('ServiceUnavailable')) as {
      extensions: { http: { status: number; headers: Map<string, string> } };
    };
    expect(mapped.extensions.http.status).toBe(503);
    expect(mapped.extensions.http.headers.get('retry-after')).toBe('5');
  });

  it('leaves anything else as it is (the server masks it)', () => {
    const other = driverError('Neo.ClientError.Statement.SyntaxError');
    expect(mapNeo4jError(other)).toBe(other);
    const plain = new Error('not from the driver');
    expect(mapNeo4jError(plain)).toBe(plain);
  });
});
