// Values people (or their tools, or attackers) really send: unicode that breaks naive code, SQL and
// HTML that must stay text, numbers at the edges, and bodies that are not what they claim to be.

/** Text that has to come out the other end as the same text, or be refused with a 400. */
export const HOSTILE_TEXTS: readonly string[] = [
  '',
  ' ',
  '\t\n\r',
  '\u0000',
  'nul\u0000in het midden',
  '\ud800',
  'halve \udfff surrogaat',
  'emoji aan het eind \ud83d',
  '\u202egnitirw ot thgir morf\u202c',
  'مدرسة الأطفال في أوتريخت',
  'עברית עם מספרים 123',
  '👨‍👩‍👧‍👦🏳️‍🌈👍🏿',
  'Z̷̡̢̛a̸͓̟͋l̶̢̈́g̵̣̈́o̵͇̊ ẹ́̂ ḡ̃',
  'e\u0301\u0301\u0301\u0301\u0301\u0301\u0301\u0301',
  '\ufeffmet BOM',
  'regel\u2028scheiding\u2029alinea',
  '\u200b\u200c\u200d\u2060',
  "'; DROP TABLE signals; --",
  "' OR '1'='1",
  '1; SELECT pg_sleep(0)',
  "Robert'); DELETE FROM cases WHERE ('1'='1",
  '\\x00\\\\',
  '$1 $2 ::text',
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '"><svg onload=alert(1)>',
  'javascript:alert(1)',
  '{{7*7}} ${7*7} <%= 7*7 %>',
  '%s%s%s%n',
  '../../../../etc/passwd',
  'null',
  'undefined',
  'NaN',
  '__proto__',
  'constructor',
  '-1',
  '1e309',
  'ß'.repeat(120),
  '€'.repeat(3000),
  'x'.repeat(10_001),
];

/** Texts for URLs and headers that must stay ASCII to reach the server at all. */
export const ODD_TOKENS: readonly string[] = [
  '0',
  '-1',
  'null',
  'undefined',
  '00000000-0000-0000-0000-000000000000',
  'ffffffff-ffff-ffff-ffff-ffffffffffff',
  '00000000-0000-0000-0000-00000000000g',
  '{00000000-0000-0000-0000-000000000000}',
  'A'.repeat(43),
  'A'.repeat(42),
  `${'A'.repeat(42)}=`,
  `${'A'.repeat(43)}.`,
  'srt_AAAA',
  "1' OR '1'='1",
  '<script>',
  '..',
  '.',
  'x'.repeat(5000),
];

/** Path segments sent raw (not encoded again): bad percent-encoding and encoded separators. */
export const RAW_PATH_SEGMENTS: readonly string[] = [
  '%',
  '%zz',
  '%E0%A4%A',
  '%C0%AF',
  '%ED%A0%80',
  '%00',
  '..%2F..%2Fetc%2Fpasswd',
  '%2e%2e',
  '%252e',
  'a%20b',
  '%F0%9F%98%80',
];

export const EDGE_NUMBERS: readonly unknown[] = [
  0,
  -0,
  -1,
  1.5,
  2 ** 31,
  2 ** 53 + 2,
  -(2 ** 63),
  1e308,
  Number.MIN_VALUE,
  '1',
  '1e3',
  true,
];

export const EDGE_DATE_TIMES: readonly string[] = [
  '2026-02-30T10:00:00Z',
  '2026-02-29T10:00:00+01:00',
  '+275760-09-13T00:00:00.000Z',
  '+002026-01-01T00:00:00Z',
  '0000-01-01T00:00:00Z',
  '9999-12-31T23:59:59.999Z',
  '2026-01-01T24:00:00Z',
  '2026-01-01T00:00:00+25:00',
  '2026-01-01T00:00:00.123456789012Z',
  '2026-01-01',
  '1970-01-01T00:00:00Z',
  'now',
];

export const EDGE_DATES: readonly string[] = [
  '2026-02-29',
  '2028-02-29',
  '0000-01-01',
  '0001-01-01',
  '9999-12-31',
  '2026-13-01',
  '2026-00-10',
  '10000-01-01',
  '2026-1-1',
  '1969-12-31',
];

export const EDGE_EMAILS: readonly string[] = [
  'a@b',
  'a@b.nl',
  '"<script>"@example.nl',
  `${'a'.repeat(64)}@${'b'.repeat(180)}.nl`,
  'ü@münchen.de',
  'a@b.nl\u0000',
  'A@B.NL',
  ' a@b.nl ',
  'a+tag@example.nl',
  "o'brien@example.nl",
];

/** Values of the wrong type for any field. */
export const WRONG_TYPES: readonly unknown[] = [
  null,
  0,
  -1,
  true,
  'tekst',
  [],
  [null],
  {},
  { $gt: '' },
  { toString: 'x' },
  [[[[[]]]]],
];

/** `[[[…]]]` or `{"a":{"a":…}}` this deep, as JSON text. */
export function nestedJson(depth: number, kind: 'array' | 'object'): string {
  return kind === 'array'
    ? `${'['.repeat(depth)}${']'.repeat(depth)}`
    : `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`;
}

/** Bodies that are not JSON, or are JSON that no handler should trust. */
export const RAW_BODIES: readonly string[] = [
  '',
  '{',
  '{"title": "half',
  '{"a":1,}',
  "{'a':1}",
  'nul',
  'null',
  'true',
  '12',
  '"tekst"',
  '[]',
  '[{}]',
  '\ufeff{}',
  '{"a":1}{"b":2}',
  '{"__proto__":{"polluted":true}}',
  '{"constructor":{"prototype":{"polluted":true}}}',
  '{"a":1e999999}',
  '{"a":-}',
  '{"a":"\\ud800"}',
  '{"a":"\\u0000"}',
  '{"a":"\\x41"}',
  '{"a":1,"a":2}',
  nestedJson(100, 'array'),
  nestedJson(20_000, 'array'),
  nestedJson(100, 'object'),
  nestedJson(8_000, 'object'),
  `{"title":${nestedJson(10_000, 'array')}}`,
];

export const CONTENT_TYPES: readonly string[] = [
  'application/json',
  'application/json; charset=utf-8',
  'text/plain',
  'application/x-www-form-urlencoded',
  'application/xml',
  'multipart/form-data; boundary=xyz',
  'application/json; charset=utf-16',
  'application/json; charset=latin1',
  'application/json; charset=nonsense',
  'application/vnd.api+json',
  'application/merge-patch+json',
  'application/octet-stream',
  'Application/JSON',
  ';;;',
];

export const FORM_BODIES: readonly string[] = [
  'title=abc&description=def',
  'a[b][c][d][e][f][g][h][i][j][k]=1',
  '__proto__[polluted]=1&constructor[prototype][polluted]=1',
  `${'a[]=1&'.repeat(2000)}b=2`,
  'domains[]=care&domains[]=care',
  '%zz=%zz',
];

export const ACCEPT_LANGUAGES: readonly string[] = [
  'en',
  'nl',
  '*',
  'en;q=abc',
  ';;;,,,',
  'en;q=0.5, nl;q=NaN',
  'de-DE-u-co-phonebk',
  'EN-gb',
  'x'.repeat(4000),
  'en, '.repeat(500),
  'nl;q=-1, en;q=2',
];

export const ODD_HEADERS: readonly [string, string][] = [
  ['Accept', 'application/xml'],
  ['Accept', 'text/html;q=0'],
  ['Content-Encoding', 'gzip'],
  ['Content-Encoding', 'br'],
  ['Content-Encoding', 'x-unknown'],
  ['X-CSRF-Token', 'x'.repeat(300)],
  ['Cookie', `sr_session=${'A'.repeat(43)}; sr_session=junk`],
  ['Cookie', 'sr_session=%zz; =; ;;'],
  ['X-Forwarded-For', '1.2.3.4, <script>, ::1'],
  ['Origin', 'https://evil.example'],
  ['Idempotency-Key', "'; DROP TABLE signals; --"],
  ['Idempotency-Key', 'x'.repeat(500)],
  ['If-None-Match', '*'],
  ['Range', 'bytes=0-1,5-2'],
  ['X-HTTP-Method-Override', 'DELETE'],
];

export const ODD_AUTHORIZATION: readonly string[] = [
  'Bearer',
  'Bearer ',
  `Bearer srt_${'A'.repeat(43)}`,
  `Bearer srt_${'x'.repeat(2000)}`,
  'Bearer srt_%00',
  'Basic dXNlcjpwdw==',
  'Digest x',
  'bearer  srt_ ',
];
