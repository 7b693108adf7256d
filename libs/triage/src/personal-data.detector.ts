// Finds personal data in a signal's text so the adviser can remove it before anything is shared: published
// text must not identify children, parents or submitters (domain.md, step 5). Offsets are UTF-16 indexes
// into the field, `start` inclusive and `end` exclusive, as String.prototype.slice takes them.
import type { PersonalDataFinding, PersonalDataKind } from '@app/persistence';

type Field = PersonalDataFinding['field'];

type Span = PersonalDataSpan;

/** Every personal-data finding in title and description, sorted by field (title first), then start. */
export function findPersonalData(title: string, description: string): PersonalDataFinding[] {
  return [...findInField('title', title), ...findInField('description', description)];
}

function findInField(field: Field, text: string): PersonalDataFinding[] {
  return findPersonalDataSpans(text).map((span) => ({
    kind: span.kind,
    field,
    start: span.start,
    end: span.end,
  }));
}

/** A finding in one text, for callers with fields of their own (e.g. the publication check). */
export interface PersonalDataSpan {
  kind: PersonalDataKind;
  start: number;
  end: number;
}

/** Every personal-data finding in one text, sorted by start, without overlaps. */
export function findPersonalDataSpans(text: string): PersonalDataSpan[] {
  // On overlap the earlier finder wins: an e-mail address may hold digits, a date looks like a phone number.
  const candidates = [
    ...findEmails(text),
    ...findDates(text),
    ...findPhoneNumbers(text),
    ...findAddresses(text),
    ...findBsns(text),
  ];
  const kept: Span[] = [];
  for (const candidate of candidates) {
    if (!kept.some((span) => candidate.start < span.end && span.start < candidate.end)) kept.push(candidate);
  }
  return kept.sort((a, b) => a.start - b.start);
}

function spans(kind: PersonalDataKind, text: string, pattern: RegExp): Span[] {
  const found: Span[] = [];
  for (const match of text.matchAll(pattern)) {
    found.push({ kind, start: match.index, end: match.index + match[0].length });
  }
  return found;
}

// --- e-mail ------------------------------------------------------------------------------------------

/** Also the "naam [at] domein.nl" spelling people use to dodge spam filters. */
const EMAIL = /[\p{L}\p{N}._%+-]+\s?(?:@|\[at\]|\(at\))\s?[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.[a-z]{2,}/giu;

function findEmails(text: string): Span[] {
  return spans('email', text, EMAIL);
}

// --- dates of birth ----------------------------------------------------------------------------------

const MONTH_NAMES = [
  'januari',
  'februari',
  'maart',
  'april',
  'mei',
  'juni',
  'juli',
  'augustus',
  'september',
  'oktober',
  'november',
  'december',
] as const;
const MONTH_ABBREVIATIONS: Readonly<Record<string, number>> = {
  jan: 1,
  feb: 2,
  febr: 2,
  mrt: 3,
  apr: 4,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  sept: 9,
  okt: 10,
  nov: 11,
  dec: 12,
};
/** A month name, or an abbreviation with its optional dot (a dot after a full name ends the sentence). */
const MONTH = `(${MONTH_NAMES.join('|')}|(?:${Object.keys(MONTH_ABBREVIATIONS)
  .sort((a, b) => b.length - a.length)
  .join('|')})\\.?)`;

/** Words that announce a birth date: "geboren op", "geb.", "geboortedatum", "is jarig op", "verjaardag". */
const BIRTH_CUE = /(?:^|[^\p{L}])(?:geboren|geb\.|geboortedatum|geboortedag|gebdat|jarig|verjaardag)/iu;
const CUE_BEFORE = 40;
const CUE_AFTER = 25;

/**
 * Full dates (day, month and year) are flagged whether or not a birth cue is near; partial dates (no year,
 * or a two-digit year) only next to one. A full date in a bottleneck story is rare, it is as likely a
 * child's birth date as an event's, and with a first name and a school it identifies the child: the
 * adviser dismisses a marked event date in a second, while a missed birth date can end up in a published
 * Blikvanger. Dates after this year are never birth dates, which spares announcements and deadlines.
 */
const DATE_PATTERNS: ReadonlyArray<{ pattern: RegExp; parse: (m: RegExpExecArray) => DateParts }> = [
  {
    // 2015-03-12
    pattern: /(?<![\p{N}-])(\d{4})-(\d{1,2})-(\d{1,2})(?![\p{N}-])/gu,
    parse: (m) => ({ day: Number(m[3]), month: Number(m[2]), year: m[1] }),
  },
  {
    // 12-03-2015, 12/3/2015, 12.03.15: one separator throughout
    pattern: /(?<![\p{N}./-])(\d{1,2})([-/.])(\d{1,2})\2(\d{4}|\d{2})(?![\p{N}]|[./-]\p{N})/gu,
    parse: (m) => ({ day: Number(m[1]), month: Number(m[3]), year: m[4] }),
  },
  {
    // 12 maart 2015, 3 jan. 2016, 1e mei '16, and with a cue: 12 maart
    pattern: new RegExp(
      `(?<![\\p{L}\\p{N}])(\\d{1,2})(?:e|ste|de)?\\s+${MONTH}(?:\\s+(\\d{4}|'\\d{2}))?(?![\\p{L}\\p{N}])`,
      'giu',
    ),
    parse: (m) => ({ day: Number(m[1]), month: monthNumber(m[2]), year: m[3]?.replace("'", '') }),
  },
  {
    // with a cue only: "geboren in maart 2015"
    pattern: new RegExp(`(?<![\\p{L}\\p{N}])${MONTH}\\s+(\\d{4})(?![\\p{L}\\p{N}])`, 'giu'),
    parse: (m) => ({ day: null, month: monthNumber(m[1]), year: m[2] }),
  },
  {
    // with a cue only: "geb. 12-03"; not "groep 1-2", the combined infant classes
    pattern: /(?<![\p{N}./-]|groep\s)(\d{1,2})[-/](\d{1,2})(?![\p{N}]|[./-]\p{N})/giu,
    parse: (m) => ({ day: Number(m[1]), month: Number(m[2]), year: undefined }),
  },
  {
    // with a cue only: "geboren 12032015"
    pattern: /(?<![\p{N}])(\d{2})(\d{2})(\d{4})(?![\p{N}])/gu,
    parse: (m) => ({ day: Number(m[1]), month: Number(m[2]), year: m[3] }),
  },
];

interface DateParts {
  day: number | null;
  month: number;
  /** As written: four digits, two digits, or absent. */
  year: string | undefined;
}

function monthNumber(written: string | undefined): number {
  const name = (written ?? '').toLowerCase().replace('.', '');
  const index = MONTH_NAMES.findIndex((month) => month === name);
  return index >= 0 ? index + 1 : (MONTH_ABBREVIATIONS[name] ?? 0);
}

function findDates(text: string): Span[] {
  const found: Span[] = [];
  for (const { pattern, parse } of DATE_PATTERNS) {
    for (const match of text.matchAll(pattern)) {
      const parts = parse(match);
      if (!isValidDate(parts)) continue;
      const start = match.index;
      const end = start + match[0].length;
      const full = parts.day !== null && parts.year?.length === 4 && !/^\d{8}$/.test(match[0]);
      if (full || hasBirthCue(text, start, end)) found.push({ kind: 'date_of_birth', start, end });
    }
  }
  return found;
}

function isValidDate({ day, month, year }: DateParts): boolean {
  if (month < 1 || month > 12) return false;
  if (day !== null && (day < 1 || day > 31)) return false;
  if (year?.length === 4) {
    const value = Number(year);
    return value >= 1900 && value <= new Date().getFullYear();
  }
  return true;
}

function hasBirthCue(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - CUE_BEFORE), start);
  const after = text.slice(end, end + CUE_AFTER);
  return BIRTH_CUE.test(before) || BIRTH_CUE.test(` ${after}`);
}

// --- phone numbers -----------------------------------------------------------------------------------

/**
 * Dutch numbers: 0 or +31 / 0031 (optionally "(0)"), then nine digits whose first is not 0, with spaces,
 * dashes, dots, slashes or an area code in parentheses between them: 06-12345678, 06 12 34 56 78,
 * +31 (0)6 12345678, 010-1234567, (020) 123 4567. Ten digits in total rules out amounts and years.
 */
const PHONE =
  /(?<![\p{L}\p{N}+@])(?:(?:\+|00)31\s?(?:\(0\)\s?)?|\(?0)[1-9](?:(?:\s?[-./]\s?|\s|\)\s?)?\d){8}(?![\p{N}]|[-.]\p{N})/gu;

function findPhoneNumbers(text: string): Span[] {
  return spans('phone', text, PHONE);
}

// --- postcode with house number ----------------------------------------------------------------------

/** 1234 AB or 1234AB (PostNL never issues SA, SD, SS); lower-case letters only when written together. */
const POSTCODE = String.raw`[1-9]\d{3}(?:\s?(?!SA|SD|SS)[A-Z]{2}|[a-z]{2})(?![\p{L}\p{N}])`;
/** 12, 12a, 12 A, 12-3, 12/2 */
const HOUSE_NUMBER = String.raw`\d{1,5}(?:\s?[a-zA-Z](?![\p{L}\p{N}])|[-/]\w{1,4})?`;
const STREET_WORD = String.raw`\p{Lu}[\p{L}'.-]+\s`;
const STREET_SUFFIX = 'straat|laan|weg|plein|gracht|kade|singel|dijk|steeg|hof|dreef|pad|markt|park|erf|veld';

const ADDRESS_PATTERNS: readonly RegExp[] = [
  // Dorpsstraat 12, 1234 AB (the street word is included when it is there)
  new RegExp(`(?<![\\p{L}\\p{N}])(?:${STREET_WORD})?${HOUSE_NUMBER},?\\s+${POSTCODE}`, 'gu'),
  // 1234 AB 12, 1234AB 12a
  new RegExp(`(?<![\\p{L}\\p{N}])${POSTCODE},?\\s+${HOUSE_NUMBER}(?![\\p{N}])`, 'gu'),
  // Dorpsstraat 12 without a postcode still locates a home.
  new RegExp(`(?<![\\p{L}])\\p{Lu}\\p{Ll}+(?:${STREET_SUFFIX})\\s${HOUSE_NUMBER}(?![\\p{L}\\p{N}])`, 'gu'),
];

function findAddresses(text: string): Span[] {
  return ADDRESS_PATTERNS.flatMap((pattern) => spans('postcode_house_number', text, pattern));
}

// --- BSN ---------------------------------------------------------------------------------------------

/** Digit groups separated by single spaces or dots, as a BSN is written: 123456782, 1234.56.782, 123 456 782. */
const DIGIT_RUN = /(?<![\p{L}\p{N}+@,-])\d+(?:[ .]\d+)*(?![\p{L}\p{N}]|,\p{N})/gu;
const BSN_CUE = /(?:bsn|burgerservicenummer|sofinummer|sofi-nummer)\W{0,12}$/i;
const AMOUNT_BEFORE = /(?:€|eur|euro)\s?$/i;
const AMOUNT_AFTER = /^\s?(?:€|eur|euro|miljoen|mln|miljard)(?![\p{L}])/iu;

/**
 * Nine digits (or eight, which a BSN is when its leading 0 is dropped) that pass the elfproef; next to
 * "BSN" the check is skipped, since a mistyped BSN is still one. Amounts are skipped by their currency.
 */
function findBsns(text: string): Span[] {
  const found: Span[] = [];
  for (const run of text.matchAll(DIGIT_RUN)) {
    for (const { start, digits, raw } of bsnCandidates(run[0], run.index)) {
      const end = start + raw.length;
      const labelled = BSN_CUE.test(text.slice(Math.max(0, start - 30), start));
      const amount =
        AMOUNT_BEFORE.test(text.slice(Math.max(0, start - 5), start)) || AMOUNT_AFTER.test(text.slice(end));
      const shapedLikeDate = digits.length === 8 && looksLikeCompactDate(digits);
      if (labelled || (!amount && !shapedLikeDate && passesElfproef(digits.padStart(9, '0')))) {
        found.push({ kind: 'bsn', start, end });
      }
    }
  }
  return found;
}

/** The whole run when it holds eight or nine digits, else each of its groups that does on its own. */
function bsnCandidates(run: string, offset: number): Array<{ start: number; digits: string; raw: string }> {
  const isBsnLength = (digits: string) => digits.length === 8 || digits.length === 9;
  const whole = run.replace(/\D/g, '');
  if (isBsnLength(whole)) return [{ start: offset, digits: whole, raw: run }];
  return [...run.matchAll(/\d+/g)]
    .filter((group) => isBsnLength(group[0]))
    .map((group) => ({ start: offset + group.index, digits: group[0], raw: group[0] }));
}

/** The elfproef (11-test) of a BSN: 9·d1 + 8·d2 + … + 2·d8 − d9 is a multiple of 11 (and not all zeros). */
export function passesElfproef(nineDigits: string): boolean {
  if (!/^\d{9}$/.test(nineDigits) || /^0+$/.test(nineDigits)) return false;
  const digits = [...nineDigits].map(Number);
  const sum = digits.slice(0, 8).reduce((total, digit, i) => total + digit * (9 - i), 0) - digits[8];
  return sum % 11 === 0;
}

function looksLikeCompactDate(digits: string): boolean {
  const asDayMonthYear = isValidDate({
    day: Number(digits.slice(0, 2)),
    month: Number(digits.slice(2, 4)),
    year: digits.slice(4),
  });
  const asYearMonthDay = isValidDate({
    day: Number(digits.slice(6)),
    month: Number(digits.slice(4, 6)),
    year: digits.slice(0, 4),
  });
  return asDayMonthYear || asYearMonthDay;
}
