import { createHash } from 'node:crypto';
import { ApolloClient, CombinedGraphQLErrors, HttpLink, InMemoryCache, gql, type DocumentNode } from '@apollo/client';
import { PersistedQueryLink } from '@apollo/client/link/persisted-queries';
import { MODEL_SECURITY } from '../../support/clients/documents';
import { recordingFetch, sentOperation, type RecordedRequest } from '../../support/clients/recording-fetch';
import { useTestServer } from '../../support/http';

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

/**
 * Automatic persisted queries through Apollo Client's PersistedQueryLink, checked on
 * the wire: each test records the HTTP requests the link really made. Every test uses
 * a query text of its own, since the server remembers registered hashes.
 */
describe('automatic persisted queries (Apollo Client PersistedQueryLink)', () => {
  const t = useTestServer();

  const client = (options: Omit<PersistedQueryLink.Options, 'sha256' | 'generateHash'> = {}) => {
    const recorder = recordingFetch();
    const link = new PersistedQueryLink({ sha256, ...options }).concat(new HttpLink({ uri: t.url, fetch: recorder.fetch }));
    return { apollo: new ApolloClient({ link, cache: new InMemoryCache() }), requests: recorder.requests };
  };

  /** What one request carried and got: method, whether the text went along, the hash, the answer's code. */
  const summary = (r: RecordedRequest) => {
    const sent = sentOperation(r);
    return {
      method: r.method,
      status: r.status,
      withQuery: sent.query !== undefined,
      hash: (sent.extensions?.persistedQuery as { sha256Hash?: string } | undefined)?.sha256Hash,
      code: r.response.errors?.[0]?.extensions?.code ?? null,
      data: r.response.data !== undefined,
    };
  };

  async function roundTwice(doc: DocumentNode, options: Parameters<typeof client>[0], variables: Record<string, unknown> = {}) {
    const { apollo, requests } = client(options);
    const first = await apollo.query<{ skill: { id: string; name: string } }>({ query: doc, variables });
    // The same operation again, past the client's cache: now only the hash travels.
    const second = await apollo.query<{ skill: { id: string; name: string } }>({ query: doc, variables, fetchPolicy: 'network-only' });
    return { first, second, requests };
  }

  it('POST: the hash alone (PERSISTED_QUERY_NOT_FOUND), the retry with the text, then the hash alone answers', async () => {
    const doc = gql`
      query ApqPost {
        skill(slug: "model-security") {
          id
          name
        }
      }
    `;
    const { first, second, requests } = await roundTwice(doc, {});
    // The link hashes the text it sends (with the __typename fields Apollo adds): the retry's.
    const hash = sha256(sentOperation(requests[1]).query!);
    expect(first.data!.skill).toEqual({ __typename: 'Skill', id: MODEL_SECURITY, name: 'Model Security' });
    expect(second.data).toEqual(first.data);
    expect(requests.map(summary)).toEqual([
      { method: 'POST', status: 200, withQuery: false, hash, code: 'PERSISTED_QUERY_NOT_FOUND', data: false },
      { method: 'POST', status: 200, withQuery: true, hash, code: null, data: true },
      { method: 'POST', status: 200, withQuery: false, hash, code: null, data: true },
    ]);
    expect(sentOperation(requests[1]).query).toMatch(/^query ApqPost\b/);
  });

  it('useGETForHashedQueries: hashes go as GET, the text as POST, and the second GET answers', async () => {
    const doc = gql`
      query ApqGet($slug: String!) {
        skill(slug: $slug) {
          id
          name
        }
      }
    `;
    const { first, second, requests } = await roundTwice(doc, { useGETForHashedQueries: true }, { slug: 'model-security' });
    const hash = sha256(sentOperation(requests[1]).query!);
    expect(first.data!.skill.name).toBe('Model Security');
    expect(second.data).toEqual(first.data);
    expect(requests.map(summary)).toEqual([
      { method: 'GET', status: 200, withQuery: false, hash, code: 'PERSISTED_QUERY_NOT_FOUND', data: false },
      { method: 'POST', status: 200, withQuery: true, hash, code: null, data: true },
      { method: 'GET', status: 200, withQuery: false, hash, code: null, data: true },
    ]);
    expect(JSON.parse(requests[2].url.searchParams.get('variables')!)).toEqual({ slug: 'model-security' });
  });

  it('an unknown hash is PERSISTED_QUERY_NOT_FOUND as the client sees it (retry off)', async () => {
    const { apollo, requests } = client({ retry: () => false });
    const doc = gql`
      query ApqUnknown {
        skills(first: 1) {
          totalCount
        }
      }
    `;
    const error = await apollo.query({ query: doc }).then(
      () => null,
      (e: unknown) => e,
    );
    expect(CombinedGraphQLErrors.is(error)).toBe(true);
    expect((error as CombinedGraphQLErrors).errors.map((e) => e.extensions?.code)).toEqual(['PERSISTED_QUERY_NOT_FOUND']);
    expect(requests.map(summary)).toEqual([
      {
        method: 'POST',
        status: 200,
        withQuery: false,
        hash: expect.stringMatching(/^[0-9a-f]{64}$/),
        code: 'PERSISTED_QUERY_NOT_FOUND',
        data: false,
      },
    ]);
  });

  it('a hash that does not match the text sent with it is refused as a bad request, and nothing is registered', async () => {
    const query = '{ skill(slug: "model-security") { slug } }';
    const wrong = sha256('something else');
    const send = (body: object) =>
      fetch(t.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) }).then(async (res) => ({
        status: res.status,
        ...((await res.json()) as { errors: Array<{ message: string; extensions: { code: string } }> }),
      }));
    const refused = await send({ query, extensions: { persistedQuery: { version: 1, sha256Hash: wrong } } });
    expect(refused.status).toBe(400);
    // The client's mistake, not the server's: never INTERNAL_SERVER_ERROR.
    expect(refused.errors[0]).toMatchObject({ message: 'provided sha does not match query', extensions: { code: 'BAD_REQUEST' } });
    const after = await send({ extensions: { persistedQuery: { version: 1, sha256Hash: wrong } } });
    expect(after.errors[0].extensions.code).toBe('PERSISTED_QUERY_NOT_FOUND');
    const version = await send({ query, extensions: { persistedQuery: { version: 2, sha256Hash: sha256(query) } } });
    expect(version.status).toBe(400);
    expect(version.errors[0]).toMatchObject({ message: 'Unsupported persisted query version', extensions: { code: 'BAD_REQUEST' } });
  });
});
