// fast-check arbitraries for whole HTTP requests to one documented operation: path parameters, query
// string, headers and body, each mostly plausible with one or more parts broken on purpose.
import fc from 'fast-check';
import {
  ACCEPT_LANGUAGES,
  CONTENT_TYPES,
  EDGE_DATES,
  EDGE_DATE_TIMES,
  EDGE_EMAILS,
  EDGE_NUMBERS,
  FORM_BODIES,
  HOSTILE_TEXTS,
  ODD_AUTHORIZATION,
  ODD_HEADERS,
  ODD_TOKENS,
  RAW_BODIES,
  RAW_PATH_SEGMENTS,
  WRONG_TYPES,
} from './hostile-values';
import { resolveSchema, type Operation, type Schema } from './openapi-operations';

export interface FuzzRequest {
  method: string;
  /** Path and query exactly as sent (already encoded, or deliberately mis-encoded). */
  url: string;
  headers: Record<string, string>;
  body: string | null;
  /** What was broken, for the failure report. */
  label: string;
}

export interface FuzzContext {
  document: Parameters<typeof resolveSchema>[0];
  /** Real values for a path parameter of this operation (ids and tokens of rows that exist). */
  realValues(operation: Operation, parameter: string): string[];
  /** Every id of a row that exists, for uuid fields in bodies and queries. */
  allIds: string[];
  /** Ids that fit a field by its name. */
  idsFor(field: string): string[];
}

const ONE_MEGABYTE = 'x'.repeat(1024 * 1024);
const SENSIBLE =
  'Op de school in Utrecht kan de peutergroep niet starten omdat de gemeente en de kinderopvang elk naar de ander wijzen. ';

/** A URL component for any JS string: lone surrogates become the (invalid) UTF-8 bytes of their code unit. */
export function encodeText(text: string): string {
  let out = '';
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    if (code >= 0xd800 && code <= 0xdfff) {
      out += [0xe0 | (code >> 12), 0x80 | ((code >> 6) & 0x3f), 0x80 | (code & 0x3f)]
        .map((byte) => `%${byte.toString(16).toUpperCase()}`)
        .join('');
    } else {
      out += encodeURIComponent(char);
    }
  }
  return out;
}

function text(schema: Schema): fc.Arbitrary<string> {
  const min = schema.minLength ?? 0;
  const max = Math.min(schema.maxLength ?? 400, 400);
  const sensible = fc
    .integer({ min, max: Math.max(min, max) })
    .map((length) => SENSIBLE.repeat(Math.ceil((length + 1) / SENSIBLE.length)).slice(0, length));
  return fc.oneof(
    { weight: 4, arbitrary: sensible },
    { weight: 3, arbitrary: fc.constantFrom(...HOSTILE_TEXTS) },
    { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 60 }) },
    { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 60 }) },
    // Sensible text with something hostile inside: passes the length rules, so it reaches the handler.
    {
      weight: 2,
      arbitrary: fc.tuple(sensible, fc.constantFrom(...HOSTILE_TEXTS)).map(([a, b]) => `${b}${a}${b}`),
    },
  );
}

function uuidLike(context: FuzzContext): fc.Arbitrary<string> {
  return fc.oneof(
    { weight: 4, arbitrary: context.allIds.length ? fc.constantFrom(...context.allIds) : fc.uuid() },
    { weight: 2, arbitrary: fc.uuid() },
    { weight: 1, arbitrary: fc.constantFrom(...ODD_TOKENS) },
  );
}

/** A value for a schema: mostly the right shape, with wrong types and edge values mixed in. */
export function valueFor(context: FuzzContext, raw: Schema, depth = 0): fc.Arbitrary<unknown> {
  const schema = resolveSchema(context.document, raw);
  if (depth > 6) return fc.constant(null);
  const good = goodValueFor(context, schema, depth);
  return fc.oneof(
    { weight: 10, arbitrary: good },
    { weight: 1, arbitrary: fc.constantFrom(...WRONG_TYPES) },
    { weight: schema.nullable ? 1 : 0, arbitrary: fc.constant(null) },
  );
}

function goodValueFor(context: FuzzContext, schema: Schema, depth: number): fc.Arbitrary<unknown> {
  if (schema.enum) {
    return fc.oneof(
      { weight: 6, arbitrary: fc.constantFrom(...schema.enum) },
      { weight: 1, arbitrary: fc.constantFrom(...HOSTILE_TEXTS) },
    );
  }
  switch (schema.type ?? 'object') {
    case 'string':
      switch (schema.format ?? '') {
        case 'uuid':
          return uuidLike(context);
        case 'date-time':
          return fc.oneof(
            {
              weight: 3,
              arbitrary: fc
                .date({ min: new Date('2020-01-01'), max: new Date('2035-01-01'), noInvalidDate: true })
                .map((d) => d.toISOString()),
            },
            { weight: 2, arbitrary: fc.constantFrom(...EDGE_DATE_TIMES) },
          );
        case 'date':
          return fc.oneof(
            {
              weight: 3,
              arbitrary: fc
                .date({ min: new Date('2020-01-01'), max: new Date('2035-01-01'), noInvalidDate: true })
                .map((d) => d.toISOString().slice(0, 10)),
            },
            { weight: 2, arbitrary: fc.constantFrom(...EDGE_DATES) },
          );
        case 'email':
          return fc.oneof(
            { weight: 2, arbitrary: fc.emailAddress().filter((e) => e.length < 200) },
            { weight: 2, arbitrary: fc.constantFrom(...EDGE_EMAILS) },
          );
        case 'uri':
          return fc.oneof(
            // A well-formed link with anything after the host: it passes the pattern, so it must be storable.
            fc.constantFrom(...HOSTILE_TEXTS).map((text) => `https://example.org/${text}`),
            fc.constantFrom(
              'https://example.org/verslag.pdf',
              'javascript:alert(1)',
              'data:text/html,<script>alert(1)</script>',
              'http://127.0.0.1:5432/',
              'file:///etc/passwd',
              `https://${'a'.repeat(3000)}.nl/`,
              'https://example.org/<script>',
              '//example.org',
              'https://exa mple.org',
            ),
          );
        default:
          return text(schema);
      }
    case 'integer':
    case 'number':
      return fc.oneof(
        {
          weight: 4,
          arbitrary:
            schema.type === 'integer'
              ? fc.integer({ min: schema.minimum ?? -1000, max: schema.maximum ?? 1000 })
              : fc.double({
                  min: schema.minimum ?? -1000,
                  max: schema.maximum ?? 1000,
                  noNaN: true,
                  noDefaultInfinity: true,
                }),
        },
        { weight: 1, arbitrary: fc.constantFrom(...EDGE_NUMBERS) },
      );
    case 'boolean':
      return fc.oneof({ weight: 4, arbitrary: fc.boolean() }, { weight: 1, arbitrary: fc.constant('true') });
    case 'array': {
      const item = schema.items
        ? valueFor(context, schema.items, depth + 1)
        : fc.constantFrom(...WRONG_TYPES);
      return fc.oneof(
        { weight: 6, arbitrary: fc.array(item, { maxLength: Math.min((schema.maxItems ?? 5) + 1, 8) }) },
        { weight: 1, arbitrary: item.map((value) => new Array<unknown>(2000).fill(value)) },
      );
    }
    case 'object':
    default:
      return objectFor(context, schema, depth);
  }
}

const EXTRA_FIELDS: readonly Record<string, unknown>[] = [
  { priority: 'high' },
  { id: '00000000-0000-0000-0000-000000000000' },
  { version: 99 },
  { step: 'feedback' },
  { role: 'admin' },
  { isAdmin: true },
  { createdAt: '2000-01-01T00:00:00Z' },
];

/** Hostile text that still fits a field's length rules and can be stored: the request should get through. */
const STORABLE_HOSTILE = HOSTILE_TEXTS.filter(
  (t) =>
    t.length < 200 &&
    !t.includes('\u0000') &&
    !/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/.test(t),
);

function fittingText(schema: Schema): fc.Arbitrary<string> {
  const min = schema.minLength ?? 1;
  const max = Math.min(schema.maxLength ?? 300, 300);
  return fc
    .tuple(
      fc.integer({ min: Math.max(min, 1), max: Math.max(min, max, 1) }),
      fc.option(fc.constantFrom(...STORABLE_HOSTILE), { freq: 2 }),
    )
    .map(([length, hostile]) => {
      const filler = SENSIBLE.repeat(Math.ceil((length + 1) / SENSIBLE.length));
      if (hostile === null || hostile.trim().length === 0) return filler.slice(0, length).trim() || 'Tekst';
      const padded = `${hostile} ${filler}`.slice(
        0,
        Math.max(length, Math.min(max, hostile.length + min + 1)),
      );
      return padded.length <= max ? padded : filler.slice(0, length);
    });
}

const DAY = 24 * 3600 * 1000;

/** A value that satisfies the schema (within what the document can say), with storable hostile text. */
export function validValueFor(
  context: FuzzContext,
  raw: Schema,
  depth = 0,
  field = '',
  /** Every optional field present too (to reach each field's checks). */
  full = false,
): fc.Arbitrary<unknown> {
  const schema = resolveSchema(context.document, raw);
  if (depth > 6) return fc.constant(null);
  if (schema.enum) return fc.constantFrom(...schema.enum);
  switch (schema.type ?? 'object') {
    case 'string':
      switch (schema.format ?? '') {
        case 'uuid':
          return fc.constantFrom(...context.idsFor(field));
        case 'date-time':
          return fc
            .integer({ min: 1, max: 60 })
            .map((days) => new Date(Date.now() + days * DAY).toISOString());
        case 'date':
          return fc
            .integer({ min: 1, max: 60 })
            .map((days) => new Date(Date.now() + days * DAY).toISOString().slice(0, 10));
        case 'email':
          return fc.constantFrom('melder@example.nl', 'fuzz+1@example.org', 'o.brien@school.nl');
        case 'uri':
          // Links pass their pattern with anything after the host that is not a space: try what that lets in.
          return fc.oneof(
            { weight: 3, arbitrary: fc.constant('https://example.org/verslag.pdf') },
            {
              weight: 1,
              arbitrary: fc
                .constantFrom(...HOSTILE_TEXTS.filter((text) => text.length < 300 && !/\s/.test(text)))
                .map((text) => `https://example.org/${text}`),
            },
          );
        default:
          return fittingText(schema);
      }
    case 'integer':
    case 'number': {
      const min = Math.ceil(schema.minimum ?? 0);
      const max = Math.floor(Math.min(schema.maximum ?? min + 100, min + 100));
      // Versions and counts: the minimum (a fresh row's version) and numbers near it mean the most.
      return fc.oneof(
        { weight: 3, arbitrary: fc.constant(min) },
        { weight: 2, arbitrary: fc.integer({ min, max: Math.min(max, min + 3) }) },
        { weight: 1, arbitrary: fc.integer({ min, max }) },
      );
    }
    case 'boolean':
      return fc.boolean();
    case 'array': {
      const item = schema.items
        ? validValueFor(context, schema.items, depth + 1, field, full)
        : fc.constant('x');
      return fc.uniqueArray(item, {
        minLength: schema.minItems ?? 0,
        maxLength: Math.max(schema.minItems ?? 0, Math.min(schema.maxItems ?? 3, 4)),
        selector: (value) => JSON.stringify(value),
      });
    }
    case 'object':
    default: {
      const properties = schema.properties ?? {};
      const names = Object.keys(properties);
      if (names.length === 0) return fc.constant({});
      const model = Object.fromEntries(
        names.map((name) => {
          const value = validValueFor(context, properties[name], depth + 1, name, full);
          return [name, properties[name].nullable && !full ? fc.oneof(value, fc.constant(null)) : value];
        }),
      );
      return fc.record(model, {
        requiredKeys: full ? names : (schema.required ?? []).filter((n) => names.includes(n)),
      });
    }
  }
}

/** Every place in a body that holds text: its parent, its key, and its field path as errors name it. */
export function textSlots(body: unknown): { node: Record<string, unknown>; key: string; field: string }[] {
  const slots: { node: Record<string, unknown>; key: string; field: string }[] = [];
  const stack: [unknown, string[]][] = [[body, []]];
  while (stack.length > 0) {
    const [node, path] = stack.pop()!;
    if (typeof node !== 'object' || node === null) continue;
    for (const [key, child] of Object.entries(node)) {
      // Errors name a list, not its item: `domains`, not `domains.0`.
      const childPath = Array.isArray(node) ? path : [...path, key];
      if (typeof child === 'string')
        slots.push({ node: node as Record<string, unknown>, key, field: childPath.join('.') });
      else stack.push([child, childPath]);
    }
  }
  return slots.reverse();
}

/** One thing broken in an otherwise valid body: a value replaced, a field removed or added. */
type MutationKind = 'replace' | 'remove' | 'add' | 'poison';

const MUTATIONS: fc.Arbitrary<{ kind: MutationKind; value: unknown }> = fc.oneof(
  {
    weight: 4,
    arbitrary: fc
      .oneof(
        fc.constantFrom(...HOSTILE_TEXTS),
        fc.constantFrom(...WRONG_TYPES),
        fc.constantFrom(...EDGE_NUMBERS),
        fc.constantFrom(...EDGE_DATE_TIMES, ...EDGE_DATES, ...EDGE_EMAILS),
        fc.constant(JSON.parse(`${'['.repeat(40)}${']'.repeat(40)}`) as unknown),
        fc.constant('y'.repeat(20_000)),
      )
      .map((value) => ({ kind: 'replace' as const, value })),
  },
  { weight: 1, arbitrary: fc.constant({ kind: 'remove' as const, value: null }) },
  {
    weight: 1,
    arbitrary: fc.constantFrom(...EXTRA_FIELDS).map((value) => ({ kind: 'add' as const, value })),
  },
  // A character no database text can hold, added to one valid text: only the field's own check stops it.
  {
    weight: 2,
    arbitrary: fc
      .constantFrom('\u0000', '\ud800', '\udfff')
      .map((value) => ({ kind: 'poison' as const, value })),
  },
);

function mutate(body: unknown, mutations: { at: number; kind: MutationKind; value: unknown }[]): unknown {
  const root = { body: structuredClone(body) } as Record<string, unknown>;
  for (const mutation of mutations) {
    const slots: [Record<string, unknown>, string][] = [];
    const stack: unknown[] = [root];
    while (stack.length > 0) {
      const node = stack.pop();
      if (typeof node !== 'object' || node === null) continue;
      for (const [key, child] of Object.entries(node)) {
        slots.push([node as Record<string, unknown>, key]);
        stack.push(child);
      }
    }
    if (mutation.kind === 'poison') {
      const texts = slots.filter(([node, name]) => typeof node[name] === 'string');
      if (texts.length === 0) continue;
      const [node, name] = texts[mutation.at % texts.length];
      node[name] = `${node[name] as string}${mutation.value as string}`;
      continue;
    }
    const [parent, key] = slots[mutation.at % slots.length];
    // A copy: the hostile values are shared constants, never to be changed by a later mutation.
    if (mutation.kind === 'replace') parent[key] = structuredClone(mutation.value);
    else if (mutation.kind === 'remove' && parent !== root) delete parent[key];
    else if (typeof parent[key] === 'object' && parent[key] !== null && !Array.isArray(parent[key]))
      Object.assign(parent[key] as object, structuredClone(mutation.value));
  }
  return root.body;
}

/** A valid body with none, one or two things broken. */
export function mutatedValueFor(context: FuzzContext, schema: Schema): fc.Arbitrary<unknown> {
  return fc
    .tuple(validValueFor(context, schema), fc.array(fc.tuple(fc.nat(), MUTATIONS), { maxLength: 2 }))
    .map(([value, mutations]) =>
      mutate(
        value,
        mutations.map(([at, m]) => ({ at, ...m })),
      ),
    );
}

function objectFor(context: FuzzContext, schema: Schema, depth: number): fc.Arbitrary<unknown> {
  const properties = schema.properties ?? {};
  const names = Object.keys(properties);
  if (names.length === 0) {
    if (typeof schema.additionalProperties === 'object') {
      return fc.dictionary(
        fc.oneof(fc.string({ maxLength: 20 }), fc.constantFrom('legislation', 'funding', '__proto__')),
        valueFor(context, schema.additionalProperties, depth + 1),
        { maxKeys: 6 },
      );
    }
    return fc.oneof(fc.constant({}), fc.constantFrom(...WRONG_TYPES));
  }
  const model = Object.fromEntries(
    names.map((name) => [name, valueFor(context, properties[name], depth + 1)]),
  );
  const required = (schema.required ?? []).filter((name) => names.includes(name));
  return fc
    .tuple(
      fc.oneof(
        { weight: 5, arbitrary: fc.record(model, { requiredKeys: required }) },
        { weight: 1, arbitrary: fc.record(model, { requiredKeys: [] }) },
      ),
      fc.option(fc.constantFrom(...EXTRA_FIELDS), { freq: 6 }),
    )
    .map(([value, extra]) => ({ ...value, ...(extra ?? {}) }));
}

function pathValue(context: FuzzContext, operation: Operation, name: string): fc.Arbitrary<string> {
  const real = context.realValues(operation, name);
  return fc.oneof(
    { weight: 5, arbitrary: real.length ? fc.constantFrom(...real) : fc.uuid() },
    { weight: 2, arbitrary: fc.uuid() },
    { weight: 2, arbitrary: fc.constantFrom(...ODD_TOKENS).map(encodeURIComponent) },
    { weight: 1, arbitrary: fc.constantFrom(...RAW_PATH_SEGMENTS) },
    {
      weight: 2,
      arbitrary: fc
        .oneof(fc.constantFrom(...HOSTILE_TEXTS), fc.string({ unit: 'binary', minLength: 1, maxLength: 40 }))
        .filter((value) => value.length > 0)
        .map(encodeText),
    },
  );
}

function queryString(context: FuzzContext, operation: Operation): fc.Arbitrary<string> {
  const declared = operation.parameters.filter((p) => p.in === 'query');
  const pair = (name: string, value: fc.Arbitrary<unknown>) =>
    value.map(
      (v) =>
        `${encodeURIComponent(name)}=${encodeText(typeof v === 'string' ? v : (JSON.stringify(v) ?? ''))}`,
    );
  const declaredPairs = declared.map((p) =>
    fc.option(
      pair(
        p.name,
        fc.oneof(
          { weight: 3, arbitrary: p.schema ? valueFor(context, p.schema) : fc.constant('') },
          { weight: 1, arbitrary: fc.constantFrom(...HOSTILE_TEXTS) },
        ),
      ),
      { freq: 2 },
    ),
  );
  const extras = fc.subarray(
    [
      'unknown=1',
      '__proto__[polluted]=1',
      'limit=1&limit=2',
      'a[b][c][d]=1',
      `q=${'x'.repeat(3000)}`,
      '%zz=1',
      'cursor=%00',
      `cursor=${Buffer.from('["2026-01-01T00:00:00Z","x"]').toString('base64url')}`,
      '&&&==',
      'step[]=triage&step[]=intake',
      'limit=-1',
      'limit=1e3',
    ],
    { maxLength: 2 },
  );
  return fc
    .tuple(
      fc.tuple(...declaredPairs),
      fc.oneof({ weight: 3, arbitrary: fc.constant([]) }, { weight: 1, arbitrary: extras }),
    )
    .map(([pairs, extra]) => {
      const parts = [...pairs.filter((p): p is string => p !== null), ...extra];
      return parts.length ? `?${parts.join('&')}` : '';
    });
}

interface BodyChoice {
  body: string | null;
  contentType: string | null;
  label: string;
}

function bodyFor(context: FuzzContext, operation: Operation): fc.Arbitrary<BodyChoice> {
  const json = (label: string) => (body: string) => ({ body, contentType: 'application/json', label });
  const lie = fc.constantFrom(...CONTENT_TYPES);
  if (!operation.body) {
    return fc.oneof(
      { weight: 6, arbitrary: fc.constant({ body: null, contentType: null, label: 'no body' }) },
      { weight: 1, arbitrary: fc.constantFrom(...RAW_BODIES).map(json('raw body on a route without one')) },
    );
  }
  const schemaBody = valueFor(context, operation.body).map((value) => JSON.stringify(value) ?? 'null');
  const mutatedBody = mutatedValueFor(context, operation.body).map(
    (value) => JSON.stringify(value) ?? 'null',
  );
  return fc.oneof(
    { weight: 8, arbitrary: mutatedBody.map(json('valid body, at most two things broken')) },
    { weight: 5, arbitrary: schemaBody.map(json('generated body')) },
    { weight: 2, arbitrary: fc.constantFrom(...RAW_BODIES).map(json('malformed body')) },
    {
      weight: 2,
      arbitrary: fc.tuple(schemaBody, lie).map(([body, contentType]) => ({
        body,
        contentType,
        label: `body with Content-Type ${contentType}`,
      })),
    },
    {
      weight: 1,
      arbitrary: fc.constantFrom(...FORM_BODIES).map((body) => ({
        body,
        contentType: 'application/x-www-form-urlencoded',
        label: 'form body',
      })),
    },
    { weight: 1, arbitrary: fc.constant({ body: null, contentType: 'application/json', label: 'no body' }) },
    {
      weight: 1,
      arbitrary: fc.constant({
        body: JSON.stringify({ title: ONE_MEGABYTE, text: ONE_MEGABYTE.slice(0, 1000) }),
        contentType: 'application/json',
        label: '1 MB body',
      }),
    },
  );
}

export type Caller = 'anonymous' | 'member' | 'adviser' | 'expert' | 'liaison' | 'admin';

/** One request to the operation, as the given caller (whose headers the caller supplies). */
export function requestFor(
  context: FuzzContext,
  operation: Operation,
  authHeaders: Record<string, string>,
  anonymous: boolean,
): fc.Arbitrary<FuzzRequest> {
  const pathNames = operation.parameters.filter((p) => p.in === 'path').map((p) => p.name);
  const pathValues = fc.tuple(...pathNames.map((name) => pathValue(context, operation, name)));
  const headers = fc.record({
    language: fc.option(fc.constantFrom(...ACCEPT_LANGUAGES), { freq: 3 }),
    odd: fc.subarray([...ODD_HEADERS], { maxLength: 2 }),
    authorization: anonymous
      ? fc.option(fc.constantFrom(...ODD_AUTHORIZATION), { freq: 3 })
      : fc.constant(null),
  });
  return fc
    .tuple(pathValues, queryString(context, operation), headers, bodyFor(context, operation))
    .map(([values, query, extra, body]) => {
      let path = operation.path;
      pathNames.forEach((name, index) => {
        path = path.replace(`{${name}}`, values[index]);
      });
      const sent: Record<string, string> = {};
      for (const [name, value] of extra.odd) sent[name] = value;
      if (extra.language !== null) sent['Accept-Language'] = extra.language;
      if (extra.authorization !== null) sent.Authorization = extra.authorization;
      Object.assign(sent, authHeaders);
      if (body.contentType !== null) sent['Content-Type'] = body.contentType;
      return {
        method: operation.method.toUpperCase(),
        url: `${path}${query}`,
        headers: sent,
        body: body.body,
        label: body.label,
      };
    });
}
