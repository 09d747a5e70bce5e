/** One HTTP request a client library made, as the server received it, with the answer. */
export interface RecordedRequest {
  method: string;
  url: URL;
  headers: Record<string, string>;
  /** The parsed JSON body of a POST; null for a GET (its operation is in `url`). */
  body: Record<string, unknown> | null;
  status: number;
  response: { data?: unknown; errors?: Array<{ message: string; extensions?: Record<string, unknown> }> };
}

/**
 * A fetch that records every request before passing it on, so tests check what the
 * client library actually sent (method, query or hash, headers) rather than trusting
 * the result it reports.
 */
export function recordingFetch(): { fetch: typeof fetch; requests: RecordedRequest[] } {
  const requests: RecordedRequest[] = [];
  const recording: typeof fetch = async (input, init) => {
    const request = new Request(input, init);
    const text = request.method === 'GET' ? '' : await request.clone().text();
    const response = await fetch(request);
    requests.push({
      method: request.method,
      url: new URL(request.url),
      headers: Object.fromEntries(request.headers),
      body: text ? (JSON.parse(text) as Record<string, unknown>) : null,
      status: response.status,
      response: parseJson(await response.clone().text()),
    });
    return response;
  };
  return { fetch: recording, requests };
}

/** A body that is not JSON (none of this server's should be) records as no data and no errors. */
function parseJson(text: string): RecordedRequest['response'] {
  try {
    return JSON.parse(text) as RecordedRequest['response'];
  } catch {
    return {};
  }
}

/** The operation a recorded request carried, from its body or (GET) its URL. */
export function sentOperation(request: RecordedRequest): { query?: string; extensions?: Record<string, unknown> } {
  if (request.body) return request.body as { query?: string; extensions?: Record<string, unknown> };
  const query = request.url.searchParams.get('query') ?? undefined;
  const extensions = request.url.searchParams.get('extensions');
  return { query, ...(extensions && { extensions: JSON.parse(extensions) as Record<string, unknown> }) };
}
