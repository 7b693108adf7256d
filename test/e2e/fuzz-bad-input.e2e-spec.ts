// Property-based bad input: for every operation in the committed openapi.json, fast-check generates
// requests (malformed JSON, wrong types, 1 MB strings, deep nesting, unicode edge cases, SQL and HTML in
// text, junk query strings and headers, lying Content-Types, malformed path parameters) and sends them
// to the real API as anonymous and as each role the route allows. The only answers allowed are the
// statuses the document declares for that operation plus the generic refusals (400, 401, 403, 404,
// 413, 415, 422, 429); never a 5xx. A refused request leaves every table as it was.
//
// Deterministic: one seed (FUZZ_SEED, printed on failure) drives every generator; FUZZ_RUNS scales the
// number of requests per (operation, caller).
import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { Redis } from 'ioredis';
import type { Role } from '@app/workflow';
import { controllerRoutes } from '../support/route-inventory';
import { startTestSystem, TEST_REDIS_URL, type TestSystem } from '../support/test-system';
import { createFuzzFixtures, type FuzzFixtures } from './fuzz-support/fuzz-fixtures';
import { listOperations, readOpenApiDocument, type Operation } from './fuzz-support/openapi-operations';
import { RawHttp, type RawResponse } from './fuzz-support/raw-http';
import {
  requestFor,
  textSlots,
  validValueFor,
  type Caller,
  type FuzzContext,
  type FuzzRequest,
} from './fuzz-support/request-arbitraries';
import { TableFingerprint, type Fingerprint } from './fuzz-support/table-fingerprint';

const SEED = Number(process.env.FUZZ_SEED ?? 20_261_107);
const RUNS = Number(process.env.FUZZ_RUNS ?? 10);
/**
 * Refusals any route may give: bad input, not signed in, not allowed, not found, body too large,
 * unsupported body encoding, a broken rule, too many requests; and 431 from Node's HTTP parser for a
 * request line and headers over its 16 KB limit.
 */
const GENERIC_REFUSALS = [400, 401, 403, 404, 413, 415, 422, 429, 431];
/** A conditional GET (If-None-Match) may be answered 304 Not Modified, as HTTP says. */
const isConditionalGet = (generated: FuzzRequest) =>
  generated.method === 'GET' &&
  Object.keys(generated.headers).some((h) => /^if-(none-match|modified-since)$/i.test(h));
/** Routes that answer no faster than a fixed minimum (uniform timing) or hash a password: fewer runs. */
const SLOW = /^POST \/api\/auth\/(magic-link|password-reset|invite\/accept|login)/;

const document = readOpenApiDocument();
const operations = listOperations(document);

interface Tally {
  requests: number;
  serverErrors: number;
  routes: Set<string>;
  statuses: Map<number, number>;
}

describe('bad input: generated requests at every documented operation', () => {
  let system: TestSystem;
  let fixtures: FuzzFixtures;
  let fingerprint: TableFingerprint;
  let current: Fingerprint;
  let http: RawHttp;
  let redis: Redis;
  let access: Map<string, { public: true } | { public: false; roles: readonly Role[] }>;
  const tally: Tally = { requests: 0, serverErrors: 0, routes: new Set(), statuses: new Map() };

  beforeAll(async () => {
    system = await startTestSystem({ worker: false });
    fixtures = await createFuzzFixtures(system);
    fingerprint = await TableFingerprint.of(system.dataSource);
    current = await fingerprint.take();
    http = await RawHttp.listen(system.api.getHttpServer());
    redis = new Redis(TEST_REDIS_URL);
    access = new Map(
      controllerRoutes(system.api).flatMap((route) =>
        route.access ? [[route.key, route.access] as const] : [],
      ),
    );
  });

  afterAll(async () => {
    const statuses = [...tally.statuses.entries()]
      .sort(([a], [b]) => a - b)
      .map(([status, count]) => `${status}: ${count}`)
      .join(', ');
    console.log(
      `bad input (seed ${SEED}): answers ${statuses}\n` +
        `bad input: ${tally.requests} requests tried, ${tally.routes.size} routes covered, ${tally.serverErrors} 5xx seen`,
    );
    http?.close();
    redis?.disconnect();
    await system?.close();
  });

  it('covers every operation in the committed OpenAPI document', () => {
    expect(operations.length).toBeGreaterThan(100);
    const undeclared = operations.filter((operation) => !access.has(operation.key)).map((o) => o.key);
    expect(undeclared).toEqual([]);
  });

  it.each(operations.map((operation) => [operation.key, operation] as const))(
    '%s: documented answers only, never a 5xx, nothing stored when refused',
    async (key, operation) => {
      const rule = access.get(key);
      if (!rule) throw new Error(`${key} is in openapi.json but not served: regenerate the document`);
      const allowed: Caller[] = rule.public ? ['member'] : [...rule.roles];
      const share = Math.max(3, Math.ceil((RUNS * 1.5) / allowed.length));
      const runs = (caller: Caller) => {
        const base = caller === 'anonymous' ? (rule.public ? RUNS : 3) : share;
        return SLOW.test(key) ? Math.max(2, Math.ceil(base / 3)) : base;
      };
      for (const caller of ['anonymous' as const, ...allowed]) {
        await forgetRateLimits();
        const context: FuzzContext = { document, ...fixtures };
        const headers = caller === 'anonymous' ? {} : system.as(caller);
        const seed = seedFor(key, caller);
        try {
          await fc.assert(
            fc.asyncProperty(
              requestFor(context, operation, headers, caller === 'anonymous'),
              async (generated) => {
                await check(operation, caller, generated);
              },
            ),
            { seed, numRuns: runs(caller), endOnFailure: true },
          );
        } catch (error) {
          // fast-check's report leads with the (huge) counterexample: lead with what went wrong instead.
          const where = /\{ seed: .*\}/.exec(String(error))?.[0] ?? '';
          // eslint-disable-next-line preserve-caught-error -- its report repeats the counterexample (up to 1 MB)
          throw new Error(
            `${key} as ${caller} (FUZZ_SEED=${SEED}; ${where}):\n${failure ?? String(error).slice(0, 2000)}`,
          );
        }
      }
    },
  );

  // Random bodies rarely get every other field right at once; this sweep does, for each text field in turn.
  it('lets no text field through with a character the database cannot store (NUL), one field at a time', async () => {
    const context: FuzzContext = { document, ...fixtures };
    const problems: string[] = [];
    for (const operation of operations) {
      if (!operation.body) continue;
      const rule = access.get(operation.key);
      if (!rule) continue;
      const caller: Caller = rule.public ? 'anonymous' : rule.roles[0];
      const headers = {
        ...(caller === 'anonymous' ? {} : system.as(caller)),
        'Content-Type': 'application/json',
      };
      let url = operation.path;
      for (const parameter of operation.parameters.filter((p) => p.in === 'path')) {
        const real = fixtures.realValues(operation, parameter.name);
        url = url.replace(`{${parameter.name}}`, real[0] ?? '00000000-0000-4000-8000-000000000000');
      }
      await forgetRateLimits();
      const [body] = fc.sample(validValueFor(context, operation.body, 0, '', true), {
        seed: seedFor(operation.key, 'sweep'),
        numRuns: 1,
      });
      for (let index = 0; index < textSlots(body).length; index++) {
        const poisoned = structuredClone(body);
        const { node, key, field } = textSlots(poisoned)[index];
        node[key] = `${node[key] as string}\u0000`;
        const answer = await check(operation, caller, {
          method: operation.method.toUpperCase(),
          url,
          headers,
          body: JSON.stringify(poisoned),
          label: `NUL at the end of ${field}`,
        });
        // Refused by the field's own check, not by the route for some other reason.
        const named = (JSON.parse(answer.body) as { errors?: { field: string }[] }).errors?.map(
          (e) => e.field,
        );
        if (answer.status !== 400 || !named?.includes(field)) {
          problems.push(`${operation.key} ${field}: ${answer.status} ${answer.body.slice(0, 200)}`);
        }
      }
    }
    expect(problems).toEqual([]);
  });

  /** What the last failed check saw, in words. */
  let failure: string | undefined;

  async function check(operation: Operation, caller: Caller, generated: FuzzRequest): Promise<RawResponse> {
    failure = undefined;
    try {
      return await checkOnce(operation, caller, generated);
    } catch (error) {
      failure = error instanceof Error ? error.message : String(error);
      throw error;
    }
  }

  async function checkOnce(
    operation: Operation,
    caller: Caller,
    generated: FuzzRequest,
  ): Promise<RawResponse> {
    let response: RawResponse;
    try {
      response = await http.send(generated.method, generated.url, generated.headers, generated.body);
    } catch (error) {
      throw new Error(`${describeRequest(generated, caller)}\n  no answer: ${String(error)}`, {
        cause: error,
      });
    }
    tally.requests++;
    tally.routes.add(operation.key);
    tally.statuses.set(response.status, (tally.statuses.get(response.status) ?? 0) + 1);
    if (response.status >= 500) {
      tally.serverErrors++;
      throw new Error(
        `${describeRequest(generated, caller)}\n  answered ${response.status}: ${response.body.slice(0, 500)}`,
      );
    }
    const allowed = [
      ...operation.declared,
      ...GENERIC_REFUSALS,
      ...(isConditionalGet(generated) ? [304] : []),
    ];
    if (!allowed.includes(response.status)) {
      throw new Error(
        `${describeRequest(generated, caller)}\n  answered ${response.status} (documented: ${operation.declared.join(', ')}): ${response.body.slice(0, 500)}`,
      );
    }
    const after = await fingerprint.take();
    if (response.status >= 300) {
      const changed = TableFingerprint.changed(current, after);
      if (changed.length > 0) {
        current = after;
        throw new Error(
          `${describeRequest(generated, caller)}\n  answered ${response.status} but changed ${changed.join(', ')}`,
        );
      }
    }
    current = after;
    return response;
  }

  async function forgetRateLimits(): Promise<void> {
    const keys = await redis.keys(`${system.config.QUEUE_PREFIX}:ratelimit:*`);
    if (keys.length > 0) await redis.del(...keys);
  }
});

function seedFor(key: string, caller: string): number {
  return createHash('sha256').update(`${SEED}:${key}:${caller}`).digest().readInt32BE(0);
}

function describeRequest(generated: FuzzRequest, caller: Caller): string {
  const body =
    generated.body === null
      ? ''
      : ` body(${generated.body.length}) ${JSON.stringify(generated.body.slice(0, 300))}`;
  return `${caller} ${generated.method} ${generated.url.slice(0, 300)} [${generated.label}] headers ${JSON.stringify(
    generated.headers,
  ).slice(0, 300)}${body}`;
}
