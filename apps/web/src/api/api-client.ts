// The only way the web app talks to the API: openapi-fetch over the types generated from openapi.json,
// so every path, parameter and body is checked against the contract at compile time.
import createClient, { type Client } from 'openapi-fetch';
import type { paths } from './schema';

export type ApiClient = Client<paths>;

export interface ApiClientOptions {
  /** The interface language; the API answers in it (texts, validation messages). */
  language: () => string;
  /** The CSRF token of the signed-in browser session, if there is one. */
  csrfToken: () => string | undefined;
  /** Tests pass their own; the browser's fetch otherwise. */
  fetch?: (request: Request) => Promise<Response>;
  baseUrl?: string;
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

export function createApiClient(options: ApiClientOptions): ApiClient {
  const client = createClient<paths>({
    baseUrl: options.baseUrl ?? window.location.origin,
    // The session cookie goes along: the API serves this app from the same origin (and Vite proxies it).
    credentials: 'same-origin',
    fetch: options.fetch,
  });
  client.use({
    onRequest({ request }) {
      request.headers.set('Accept-Language', options.language());
      const csrfToken = options.csrfToken();
      // The API refuses a change by a session without its CSRF token; reads need none.
      if (csrfToken && !SAFE_METHODS.has(request.method)) request.headers.set('X-CSRF-Token', csrfToken);
      return request;
    },
  });
  return client;
}
