// Security headers on every answer (helmet): a Content-Security-Policy per kind of answer, no framing,
// no MIME sniffing, no referrer (links carry secrets in their path), HSTS when served over https.
//
// - The web app (index.html and its assets): only its own scripts and styles, no inline scripts or
//   styles (the Vite build emits none: one module script and stylesheets from /assets), images also as
//   data: URLs (the CSS draws its check marks with inline SVG), requests only to this origin.
// - The API (/api/...): JSON, an Atom feed and HTML fragments that load nothing at all.
// - Swagger UI (/api/docs): its own scripts, plus the inline styles and data: images it is built with.
// The meeting brief sets a stricter policy of its own on its answer.
import type { RequestHandler } from 'express';
import helmet from 'helmet';

type Directives = Record<string, string[]>;

export const WEB_APP_CSP: Directives = {
  'default-src': ["'self'"],
  'script-src': ["'self'"],
  'style-src': ["'self'"],
  'img-src': ["'self'", 'data:'],
  'font-src': ["'self'"],
  'connect-src': ["'self'"],
  'object-src': ["'none'"],
  'base-uri': ["'none'"],
  'form-action': ["'self'"],
  'frame-ancestors': ["'none'"],
};

export const API_CSP: Directives = {
  'default-src': ["'none'"],
  'base-uri': ["'none'"],
  'form-action': ["'none'"],
  'frame-ancestors': ["'none'"],
};

export const DOCS_CSP: Directives = {
  ...WEB_APP_CSP,
  'style-src': ["'self'", "'unsafe-inline'"],
};

/** The policy as a header value, written as helmet writes it. */
export function cspHeader(directives: Directives): string {
  return Object.entries(directives)
    .map(([name, values]) => `${name} ${values.join(' ')}`)
    .join(';');
}

const API_PATH = /^\/api(\/|$)/;
const DOCS_PATH = /^\/api\/docs(\/|$|-json|-yaml)/;

export function securityHeaders(options: { https: boolean }): RequestHandler {
  const withPolicy = (directives: Directives) =>
    helmet({
      contentSecurityPolicy: { useDefaults: false, directives },
      frameguard: { action: 'deny' },
      referrerPolicy: { policy: 'no-referrer' },
      strictTransportSecurity: options.https ? { maxAge: 365 * 24 * 3600, includeSubDomains: true } : false,
      crossOriginResourcePolicy: { policy: 'same-origin' },
      crossOriginOpenerPolicy: { policy: 'same-origin' },
    });
  const web = withPolicy(WEB_APP_CSP);
  const api = withPolicy(API_CSP);
  const docs = withPolicy(DOCS_CSP);
  return (request, response, next) => {
    const handler = DOCS_PATH.test(request.path) ? docs : API_PATH.test(request.path) ? api : web;
    handler(request, response, next);
  };
}
