// Answers the web app's API requests in component tests and records them, so a test can check both
// what the screen shows for an answer and what the app sent.

export interface RecordedRequest {
  method: string;
  path: string;
  query: URLSearchParams;
  headers: Headers;
  body: unknown;
}

export interface FakeAnswer {
  status: number;
  body?: unknown;
}

/** Keyed by `METHOD /path`, e.g. `POST /api/signals`; the path without its query. */
export type FakeRoutes = Record<string, (request: RecordedRequest) => FakeAnswer>;

const NOT_SIGNED_IN: FakeAnswer = {
  status: 401,
  body: { statusCode: 401, code: 'unauthenticated', message: 'Log in om dit te gebruiken.' },
};

export function fakeApi(routes: FakeRoutes = {}) {
  const requests: RecordedRequest[] = [];
  const fetch = async (request: Request): Promise<Response> => {
    const url = new URL(request.url);
    const text = await request.text();
    const recorded: RecordedRequest = {
      method: request.method,
      path: url.pathname,
      query: url.searchParams,
      headers: request.headers,
      body: text ? (JSON.parse(text) as unknown) : undefined,
    };
    requests.push(recorded);
    const key = `${request.method} ${url.pathname}`;
    const route = routes[key] ?? (key === 'GET /api/auth/me' ? () => NOT_SIGNED_IN : undefined);
    const answer = route?.(recorded) ?? { status: 404, body: { statusCode: 404, message: 'Not found' } };
    return new Response(answer.body === undefined ? null : JSON.stringify(answer.body), {
      status: answer.status,
      headers: { 'Content-Type': 'application/json' },
    });
  };
  /** The requests sent to `METHOD /path`, oldest first. */
  const sent = (method: string, path: string) =>
    requests.filter((request) => request.method === method && request.path === path);
  return { fetch, requests, sent };
}
