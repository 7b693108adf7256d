// Abuse: the security headers and Content-Security-Policy (checked in a real browser too), CORS closed
// by default, the rate limits on the public form, sign-in, invites and private links, private links
// that cannot be guessed or told apart, and a regression test for each 500 the bad-input fuzzer found.
import { randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { Controller, Get, Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { Redis } from 'ioredis';
import request from 'supertest';
import { hashSecretToken, newSecretToken, secretsEqual } from '@app/core';
import { CAUSE_AREAS } from '@app/workflow';
import { CaseAssignmentEntity, CaseEntity, MailMessageEntity, SignalEntity } from '@app/persistence';
import {
  RATE_LIMIT_POLICIES,
  RateLimitService,
  type RateLimitPolicy,
} from '../../apps/api/src/auth/rate-limit.service';
import { corsAllowList, corsOptions } from '../../apps/api/src/common/cors-policy';
import { API_CSP, cspHeader, WEB_APP_CSP } from '../../apps/api/src/common/security-headers';
import { startBrowserSystem, type BrowserSystem } from '../support/browser';
import { TEST_PASSWORD, TEST_REDIS_URL, type TestSystem } from '../support/test-system';

const SIGNAL = {
  title: 'Geen plek voor de peutergroep',
  description: 'De peutergroep kan niet in de school starten omdat er geen geschikt lokaal beschikbaar is.',
  domains: ['childcare'],
};

/** An analysis draft with nothing decided yet: the deepest body any route takes. */
const DRAFT_ANALYSIS = {
  causeAreas: Object.fromEntries(CAUSE_AREAS.map((area) => [area, { playsRole: null }])),
  proposedHandlingOption: null,
  submit: false,
};

interface ErrorBody {
  statusCode: number;
  code: string;
  message: string;
  errors?: { field: string; code: string; message: string }[];
  correlationId: string;
}

describe('abuse: headers, CORS, rate limits, private links', () => {
  let browserSystem: BrowserSystem;
  let system: TestSystem;
  let http: ReturnType<typeof request>;
  let redis: Redis;

  beforeAll(async () => {
    browserSystem = await startBrowserSystem({ worker: false });
    system = browserSystem.system;
    http = request(system.api.getHttpServer());
    redis = new Redis(TEST_REDIS_URL);
  });

  afterAll(async () => {
    redis?.disconnect();
    await browserSystem?.close();
  });

  beforeEach(async () => {
    const keys = await redis.keys(`${system.config.QUEUE_PREFIX}:ratelimit:*`);
    if (keys.length > 0) await redis.del(...keys);
  });

  async function submit(headers: Record<string, string> = {}, extra: object = {}) {
    const response = await http
      .post('/api/signals')
      .set(headers)
      .send({ ...SIGNAL, ...extra })
      .expect(201);
    const body = response.body as { id: string; trackingUrl: string };
    return { id: body.id, token: body.trackingUrl.split('/').pop() ?? '' };
  }

  const withoutCorrelation = (body: ErrorBody) => ({
    statusCode: body.statusCode,
    code: body.code,
    message: body.message,
  });

  describe('security headers', () => {
    it('gives the web app a strict Content-Security-Policy, no framing, no sniffing and no referrer', async () => {
      for (const path of ['/', '/melden', `/track/${'A'.repeat(43)}`]) {
        const response = await http.get(path).expect(200);
        expect(response.headers['content-type']).toMatch(/^text\/html/);
        const csp = response.headers['content-security-policy'];
        expect(csp).toBe(cspHeader(WEB_APP_CSP));
        expect(csp).toContain("script-src 'self'");
        expect(csp).toContain("frame-ancestors 'none'");
        expect(csp).not.toContain('unsafe-inline');
        expect(csp).not.toContain('unsafe-eval');
        expect(response.headers['x-frame-options']).toBe('DENY');
        expect(response.headers['x-content-type-options']).toBe('nosniff');
        expect(response.headers['referrer-policy']).toBe('no-referrer');
        expect(response.headers['cross-origin-opener-policy']).toBe('same-origin');
        expect(response.headers['x-powered-by']).toBeUndefined();
        // Served over http here: HSTS only when PUBLIC_URL is https.
        expect(response.headers['strict-transport-security']).toBeUndefined();
      }
    });

    it('serves an index.html the policy does not have to bend for: no inline scripts, styles or handlers', async () => {
      const html = (await http.get('/').expect(200)).text;
      const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)];
      expect(scripts.length).toBeGreaterThan(0);
      for (const [, attributes, body] of scripts) {
        expect(attributes).toMatch(/\bsrc="\/assets\//);
        expect(body.trim()).toBe('');
      }
      expect(html).not.toMatch(/<style\b/i);
      expect(html).not.toMatch(/\sstyle=/i);
      expect(html).not.toMatch(/\son[a-z]+=/i);
      const asset = /src="(\/assets\/[^"]+\.js)"/.exec(html)?.[1] ?? '';
      const script = await http.get(asset).expect(200);
      expect(script.headers['x-content-type-options']).toBe('nosniff');
      expect(script.headers['content-type']).toMatch(/javascript/);
    });

    it('gives API answers, errors included, a policy that loads nothing', async () => {
      for (const [path, status] of [
        ['/api/health', 200],
        ['/api/public/insights', 200],
        ['/api/public/insights.atom', 200],
        ['/api/nothing-here', 404],
        ['/api/signals', 401],
      ] as const) {
        const response = await http.get(path);
        expect(response.status).toBe(status);
        expect(response.headers['content-security-policy']).toBe(cspHeader(API_CSP));
        expect(response.headers['x-frame-options']).toBe('DENY');
        expect(response.headers['x-content-type-options']).toBe('nosniff');
        expect(response.headers['referrer-policy']).toBe('no-referrer');
      }
    });

    it('lets the API documentation use its inline styles, but no inline scripts', async () => {
      const response = await http.get('/api/docs/').expect(200);
      const csp = response.headers['content-security-policy'];
      expect(csp).toContain("script-src 'self';");
      expect(csp).toContain("style-src 'self' 'unsafe-inline'");
    });

    it('runs the web app and the documentation in Chromium without a single policy violation', async () => {
      const page = await browserSystem.browser.newPage();
      try {
        const violations: string[] = [];
        page.on('console', (message) => {
          if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
        });
        for (const path of ['/', '/melden', '/api/docs/']) {
          await page.goto(`${browserSystem.baseUrl}${path}`, { waitUntil: 'networkidle' });
          if (path !== '/api/docs/') {
            await page.waitForSelector('#root h1');
          } else {
            await page.waitForSelector('.swagger-ui .info');
          }
        }
        expect(violations).toEqual([]);
      } finally {
        await page.close();
      }
    });
  });

  describe('CORS', () => {
    it('allows no other origin by default: no Access-Control-Allow-Origin, also not on a preflight', async () => {
      const simple = await http.get('/api/public/insights').set('Origin', 'https://evil.example').expect(200);
      expect(simple.headers['access-control-allow-origin']).toBeUndefined();
      expect(simple.headers['access-control-allow-credentials']).toBeUndefined();
      const preflight = await http
        .options('/api/signals')
        .set('Origin', 'https://evil.example')
        .set('Access-Control-Request-Method', 'POST')
        .set('Access-Control-Request-Headers', 'content-type');
      expect(preflight.headers['access-control-allow-origin']).toBeUndefined();
      expect(preflight.headers['access-control-allow-methods']).toBeUndefined();
      const withCookie = await http
        .get('/api/auth/me')
        .set('Origin', 'https://evil.example')
        .set(system.as('adviser'));
      expect(withCookie.headers['access-control-allow-origin']).toBeUndefined();
    });

    it('allows only the origins in CORS_ORIGINS, and never with credentials', async () => {
      @Controller('ping')
      class PingController {
        @Get()
        ping(): { ok: boolean } {
          return { ok: true };
        }
      }
      @Module({ controllers: [PingController] })
      class PingModule {}
      const app = await NestFactory.create<NestExpressApplication>(PingModule, { logger: false });
      const options = corsOptions(corsAllowList(' https://Partner.example/ , https://school.example'));
      expect(options).not.toBeNull();
      app.enableCors(options!);
      await app.init();
      try {
        const ping = request(app.getHttpServer());
        const allowed = await ping.get('/ping').set('Origin', 'https://partner.example').expect(200);
        expect(allowed.headers['access-control-allow-origin']).toBe('https://partner.example');
        expect(allowed.headers['access-control-allow-credentials']).toBeUndefined();
        const other = await ping.get('/ping').set('Origin', 'https://evil.example').expect(200);
        expect(other.headers['access-control-allow-origin']).toBeUndefined();
        const preflight = await ping
          .options('/ping')
          .set('Origin', 'https://school.example')
          .set('Access-Control-Request-Method', 'POST');
        expect(preflight.headers['access-control-allow-origin']).toBe('https://school.example');
      } finally {
        await app.close();
      }
      expect(corsOptions(corsAllowList(undefined))).toBeNull();
      expect(corsOptions(corsAllowList(' , '))).toBeNull();
    });
  });

  describe('rate limits', () => {
    /**
     * Uses up a policy for the key the last real request was counted under (read from Redis), leaving
     * `left` attempts, so a test needs only a few real requests to reach the limit.
     */
    async function useUp(policy: RateLimitPolicy, left: number): Promise<void> {
      const prefix = `${system.config.QUEUE_PREFIX}:ratelimit:${policy}:`;
      const keys = await redis.keys(`${prefix}*`);
      expect(keys).toHaveLength(1);
      const key = keys[0].slice(prefix.length);
      const limits = system.api.get(RateLimitService);
      const used = Number(await redis.get(keys[0]));
      for (let n = used; n < RATE_LIMIT_POLICIES[policy].points - left; n++)
        await limits.consume(policy, key);
    }

    function expectLimited(response: request.Response, locale: 'nl' | 'en' = 'nl'): void {
      expect(response.status).toBe(429);
      const body = response.body as ErrorBody;
      expect(body.code).toBe('rate_limited');
      expect(body.message).toMatch(
        locale === 'nl'
          ? /^Te veel verzoeken vanaf dit adres of account\. Probeer het over \d+ minu(ut|ten) opnieuw\.$/
          : /^Too many requests from this address or account\. Try again in \d+ minutes?\.$/,
      );
      expect(Number(response.headers['retry-after'])).toBeGreaterThan(0);
    }

    it('limits the public form per address, stores nothing it refused, and counts a signed-in member apart', async () => {
      await submit();
      await useUp('signal_submit', 1);
      await submit();
      const before = await system.dataSource.getRepository(SignalEntity).count();
      const refused = await http.post('/api/signals').set('Accept-Language', 'en').send(SIGNAL);
      expectLimited(refused, 'en');
      expect(Number(refused.headers['retry-after'])).toBeLessThanOrEqual(3600);
      // Counted before validation: a flood of malformed submissions is refused the same way.
      expectLimited(await http.post('/api/signals').send({ title: 1 }));
      expect(await system.dataSource.getRepository(SignalEntity).count()).toBe(before);
      await submit(system.as('member'));
    });

    it('limits sign-in attempts per account, then per address', async () => {
      const email = system.users.liaison.email;
      for (let n = 0; n < 10; n++) {
        await http.post('/api/auth/login').send({ email, password: 'wrong password!' }).expect(401);
      }
      expectLimited(await http.post('/api/auth/login').send({ email, password: TEST_PASSWORD }));
      await useUp('sign_in_ip', 0);
      expectLimited(
        await http
          .post('/api/auth/login')
          .send({ email: system.users.adviser.email, password: TEST_PASSWORD }),
      );
    });

    it('limits invitations per address', async () => {
      const invite = (n: number) =>
        http
          .post('/api/users/invite')
          .set(system.as('admin'))
          .send({
            email: `collega-${n}@test.signaalroute.nl`,
            displayName: 'Nieuwe collega',
            role: 'adviser',
          });
      expect((await invite(1)).status).toBe(201);
      await useUp('invite_ip', 0);
      expectLimited(await invite(2));
    });

    it('limits opening private links per address, across tracking, invitation, feedback and expert links', async () => {
      await http.get(`/api/track/${'A'.repeat(43)}`).expect(404);
      await useUp('token_lookup_ip', 1);
      await http.get(`/api/call-invitations/${'B'.repeat(43)}`).expect(404);
      for (const path of [
        '/api/track/',
        '/api/call-invitations/',
        '/api/public/feedback/',
        '/api/expert-links/',
      ]) {
        expectLimited(await http.get(`${path}${'C'.repeat(43)}`));
      }
    });

    it('limits answering through private links per address', async () => {
      const answer = {
        recognition: 'recognised',
        urgency: 'high',
        needed: 'Een vast aanspreekpunt bij de gemeente.',
        domain: 'education',
        region: 'Utrecht',
        organisationType: 'school',
      };
      await http
        .put(`/api/call-invitations/${'A'.repeat(43)}/answer`)
        .send(answer)
        .expect(404);
      await useUp('token_answer_ip', 0);
      expectLimited(await http.put(`/api/call-invitations/${'A'.repeat(43)}/answer`).send(answer));
      expectLimited(await http.put(`/api/expert-links/${'A'.repeat(43)}/analysis`).send(DRAFT_ANALYSIS));

      await http
        .post(`/api/public/feedback/${'A'.repeat(43)}`)
        .send({ helped: 'yes' })
        .expect(404);
      await useUp('link_use_ip', 0);
      expectLimited(await http.post(`/api/public/feedback/${'A'.repeat(43)}`).send({ helped: 'yes' }));
    });
  });

  describe('private links', () => {
    it('hands out tracking tokens of 256 random bits and stores only their hash', async () => {
      const tokens = await Promise.all([1, 2, 3].map(() => submit()));
      for (const { id, token } of tokens) {
        // 43 base64url characters: 32 random bytes, well over the 128 bits asked for.
        expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
        expect(Buffer.from(token, 'base64url')).toHaveLength(32);
        const row = await system.dataSource.query<Record<string, unknown>[]>(
          'SELECT * FROM signals WHERE id = $1',
          [id],
        );
        expect(JSON.stringify(row)).not.toContain(token);
        expect(row[0].tracking_token_hash).toBe(hashSecretToken(token));
      }
      // The generator: no repeats, and every base64url character in use.
      const many = Array.from({ length: 2000 }, () => newSecretToken().token);
      expect(new Set(many).size).toBe(many.length);
      expect(new Set(many.join('')).size).toBe(64);
    });

    it('compares secrets in constant time where they are compared (CSRF), and looks links up by hash', () => {
      expect(secretsEqual('abc', 'abc')).toBe(true);
      expect(secretsEqual('abc', 'abd')).toBe(false);
      expect(secretsEqual('abc', 'abcd')).toBe(false);
    });

    it('answers unknown, malformed, expired and used links the same way on every private-link route', async () => {
      const same = async (label: string, requests: (() => request.Test)[]) => {
        const answers = await Promise.all(requests.map((send) => send()));
        const shapes = answers.map((a) => withoutCorrelation(a.body as ErrorBody));
        for (const shape of shapes) expect({ label, shape }).toEqual({ label, shape: shapes[0] });
        return shapes[0];
      };
      const unknown = newSecretToken().token;
      const malformed = ['short', 'x'.repeat(44), `${'A'.repeat(42)}%2F`, '%00'];

      // Tracking links never expire; unknown and malformed are one answer.
      const tracking = await same(
        'tracking',
        [unknown, ...malformed].map((t) => () => http.get(`/api/track/${t}`)),
      );
      expect(tracking.statusCode).toBe(404);

      // Expert links: unknown, malformed and expired.
      const opened = await http
        .post(`/api/signals/${(await submit()).id}/open-case`)
        .set(system.as('adviser'))
        .send({})
        .expect(201);
      const caseRow = await system.dataSource
        .getRepository(CaseEntity)
        .findOneByOrFail({ id: (opened.body as { caseId: string }).caseId });
      const expired = newSecretToken();
      await system.dataSource.getRepository(CaseAssignmentEntity).insert({
        caseId: caseRow.id,
        expertId: null,
        externalName: 'Verlopen expert',
        externalEmail: 'verlopen@example.nl',
        accessTokenHash: expired.hash,
        accessExpiresAt: new Date(Date.now() - 1000),
      });
      const expert = await same(
        'expert link',
        [unknown, expired.token, ...malformed].map((t) => () => http.get(`/api/expert-links/${t}`)),
      );
      expect(expert.statusCode).toBe(404);

      // Sign-in links: unknown, malformed and used.
      const email = 'lid-met-link@example.nl';
      await http.post('/api/auth/magic-link').send({ email }).expect(202);
      const mail = await system.dataSource
        .getRepository(MailMessageEntity)
        .findOneOrFail({ where: { toAddress: email }, order: { createdAt: 'DESC' } });
      const used = /\/sign-in\/([A-Za-z0-9_-]+)/.exec(mail.textBody)?.[1] ?? '';
      await http.post('/api/auth/magic-link/verify').send({ token: used }).expect(200);
      const link = await same(
        'sign-in link',
        [unknown, used, 'short'].map(
          (token) => () => http.post('/api/auth/magic-link/verify').send({ token }),
        ),
      );
      expect(link.statusCode).toBe(410);

      // Call invitations and feedback links: unknown and malformed.
      await same(
        'invitation',
        [unknown, ...malformed].map((t) => () => http.get(`/api/call-invitations/${t}`)),
      );
      await same(
        'feedback',
        [unknown, ...malformed].map((t) => () => http.get(`/api/public/feedback/${t}`)),
      );
    });

    it('prints how long a known, an unknown and a malformed tracking token take (a benchmark, not asserted)', async () => {
      const known = (await submit()).token;
      const time = async (token: string) => {
        const samples: number[] = [];
        for (let n = 0; n < 40; n++) {
          const started = performance.now();
          await http.get(`/api/track/${token}`);
          samples.push(performance.now() - started);
        }
        samples.sort((a, b) => a - b);
        return samples[Math.floor(samples.length / 2)].toFixed(2);
      };
      const figures = {
        known: await time(known),
        unknown: await time(newSecretToken().token),
        malformed: await time('not-a-token'),
      };
      console.log(
        `tracking lookup median (ms, 40 each): known ${figures.known}, unknown ${figures.unknown}, malformed ${figures.malformed}`,
      );
    });
  });

  describe('bodies the API cannot read', () => {
    it('answers a body in an unsupported charset or Content-Encoding with 415', async () => {
      for (const [header, value] of [
        ['Content-Type', 'application/json; charset=iso-8859-1'],
        ['Content-Type', 'application/json; charset=nonsense'],
        ['Content-Encoding', 'x-unknown'],
      ] as const) {
        const response = await http
          .post('/api/signals')
          .set('Content-Type', 'application/json')
          .set(header, value)
          .send(JSON.stringify(SIGNAL));
        expect(response.status).toBe(415);
        expect((response.body as ErrorBody).correlationId).toEqual(expect.any(String));
      }
    });
  });

  describe('the 500s the bad-input fuzzer found, each refused with a 4xx now', () => {
    it('refuses a body nested deeper than any route uses (it overflowed the stack in validation)', async () => {
      for (const body of [
        `${'['.repeat(20_000)}${']'.repeat(20_000)}`,
        `{"title":${'['.repeat(10_000)}${']'.repeat(10_000)}}`,
        `${'{"a":'.repeat(8_000)}1${'}'.repeat(8_000)}`,
      ]) {
        const response = await http
          .post('/api/signals')
          .set('Content-Type', 'application/json')
          .send(body)
          .expect(400);
        expect(withoutCorrelation(response.body as ErrorBody)).toEqual({
          statusCode: 400,
          code: 'malformed_body',
          message: 'De inhoud van het verzoek is te diep genest.',
        });
      }
      // A real analysis (the deepest body) still passes the depth check.
      const response = await http
        .put(`/api/expert-links/${'A'.repeat(43)}/analysis`)
        .send(DRAFT_ANALYSIS)
        .expect(404);
      expect((response.body as ErrorBody).code).toBe('not_found');
    });

    it('refuses text Postgres cannot store (NUL) and half characters, naming the field', async () => {
      const before = await system.dataSource.getRepository(SignalEntity).count();
      for (const [field, value] of [
        ['title', 'Geen plek\u0000 voor de peutergroep'],
        ['description', `${SIGNAL.description} \ud83d`],
        ['region', '\udc00Utrecht'],
      ] as const) {
        const response = await http
          .post('/api/signals')
          .send({ ...SIGNAL, [field]: value })
          .expect(400);
        const body = response.body as ErrorBody;
        expect(body.errors).toContainEqual(expect.objectContaining({ field, code: 'isStorableText' }));
      }
      expect(await system.dataSource.getRepository(SignalEntity).count()).toBe(before);
      // In query strings too, and in lists of text.
      await http.get('/api/signals?q=%00').set(system.as('adviser')).expect(400);
      await http.get('/api/cases?region=a%00b').set(system.as('adviser')).expect(400);
      await http
        .post('/api/tables')
        .set(system.as('admin'))
        .send({ name: 'OZK\u0000-tafel', kind: 'table' })
        .expect(400);
      // Links too: a NUL after the host passed their patterns and reached Postgres.
      const linkRefused = await http
        .post(`/api/agenda-items/${randomUUID()}/documents`)
        .set(system.as('adviser'))
        .send({ title: 'Verslag', url: 'https://example.org/verslag.pdf\u0000' })
        .expect(400);
      expect((linkRefused.body as ErrorBody).errors).toContainEqual(
        expect.objectContaining({ field: 'url', code: 'isStorableText' }),
      );
      const publicationRefused = await http
        .post('/api/publications')
        .set(system.as('adviser'))
        .send({
          kind: 'podcast',
          title: 'Een podcast',
          body: 'Tekst.',
          caseIds: [randomUUID()],
          linkUrl: 'https://example.org/\u0000',
        })
        .expect(400);
      expect((publicationRefused.body as ErrorBody).errors).toContainEqual(
        expect.objectContaining({ field: 'linkUrl', code: 'isStorableText' }),
      );
      // Whole emoji and other scripts are text like any other.
      await submit({}, { title: 'Wachtlijst 👨‍👩‍👧 مدرسة עברית e\u0301' });
    });
  });
});
