// The publication check of step 5 (Delen): what the network shares must not identify children, parents
// or submitters, and must not quote a signal whose submitter did not consent to publication. Pure: the
// caller passes the publication's texts and the signals of the cases it is about. Offsets are UTF-16
// indexes into the field, `start` inclusive and `end` exclusive, as String.prototype.slice takes them.
import type { FindingKind } from '@app/workflow';
import { firstNameKey, isDutchFirstName } from './dutch-first-names';
import { findPersonalDataSpans, type PersonalDataSpan } from './personal-data.detector';

export const PUBLICATION_TEXT_FIELDS = ['title', 'summary', 'body', 'callToAction'] as const;
export type PublicationTextField = (typeof PUBLICATION_TEXT_FIELDS)[number];
export type PublicationTexts = Record<PublicationTextField, string | null>;

/** A signal of a case the publication is about: where names and quotable passages come from. */
export interface SourceSignal {
  title: string;
  description: string;
  organisation: string | null;
  region: string | null;
  consentPublication: boolean;
}

export interface PrivacyFinding {
  kind: FindingKind;
  field: PublicationTextField;
  start: number;
  end: number;
  /** The text found, as written. */
  text: string;
}

/** A passage of this many words or more, copied from a signal without consent, is a finding. */
export const QUOTE_MIN_WORDS = 8;

/**
 * Every finding in the publication, sorted by field (title, summary, body, call to action), then start.
 * Within a field the findings do not overlap, except a copied passage, which may contain others (it is
 * a matter of consent, they are matters of identity; fixing one need not fix the other).
 */
export function findPublicationPrivacyIssues(
  texts: PublicationTexts,
  signals: readonly SourceSignal[],
): PrivacyFinding[] {
  const context = readSources(signals);
  const perField = PUBLICATION_TEXT_FIELDS.map((field) => ({
    field,
    text: texts[field] ?? '',
  })).filter(({ text }) => text.trim().length > 0);

  const scanned = perField.map(({ field, text }) => ({
    field,
    text,
    personal: personalDataSpans(text),
    names: nameSpans(text, context),
    schools: schoolSpans(text, context.schools),
    quotes: quoteSpans(text, context.quoteGrams),
  }));
  // A school names a child once anyone is named in the same publication ("basisschool De Regenboog" and
  // "Emma"); a school the signals name is treated as the child's or the submitter's school.
  // A name inside a school's own name (basisschool Anne Frank) names no one.
  const someoneNamed = scanned.some(({ names, schools }) =>
    names.some((name) => !schools.some((school) => school.start <= name.start && name.end <= school.end)),
  );

  const findings: PrivacyFinding[] = [];
  for (const { field, text, personal, names, schools, quotes } of scanned) {
    const identifying = schools
      .filter((school) => someoneNamed || school.fromSignals)
      .map((school): Span => ({ kind: 'child_or_school', start: school.start, end: school.end }));
    const people = mergeAdjacentNames(names, text);
    const kept = withoutOverlaps([
      ...personal,
      ...identifying,
      ...people.filter((name) => name.kind === 'child_or_school'),
      ...people.filter((name) => name.kind !== 'child_or_school'),
    ]);
    for (const span of [...kept, ...quotes].sort(byStart)) {
      findings.push({ ...span, field, text: text.slice(span.start, span.end) });
    }
  }
  return findings;
}

interface Span {
  kind: FindingKind;
  start: number;
  end: number;
}

const byStart = (a: Span, b: Span): number => a.start - b.start || b.end - a.end;

/** Earlier spans win an overlap. */
function withoutOverlaps(spans: readonly Span[]): Span[] {
  const kept: Span[] = [];
  for (const span of spans) {
    if (!kept.some((other) => span.start < other.end && other.start < span.end)) kept.push(span);
  }
  return kept.sort(byStart);
}

// --- personal data: reuses the signal detector, plus a postcode on its own -------------------------

const PERSONAL_KIND: Record<PersonalDataSpan['kind'], FindingKind> = {
  email: 'email',
  phone: 'phone',
  bsn: 'bsn',
  postcode_house_number: 'address',
  date_of_birth: 'date_of_birth',
};

/**
 * A postcode alone locates a handful of homes: in a text for the whole network that is too close. Not
 * followed by a hyphen, so "2023 EU-subsidie" is not one (PostNL never issues SA, SD, SS).
 */
const POSTCODE_ALONE = /(?<![\p{L}\p{N}])[1-9]\d{3}\s?(?!SA|SD|SS)[A-Z]{2}(?![\p{L}\p{N}-])/gu;

function personalDataSpans(text: string): Span[] {
  const spans: Span[] = findPersonalDataSpans(text).map((span) => ({
    kind: PERSONAL_KIND[span.kind],
    start: span.start,
    end: span.end,
  }));
  for (const match of text.matchAll(POSTCODE_ALONE)) {
    spans.push({ kind: 'address', start: match.index, end: match.index + match[0].length });
  }
  return withoutOverlaps(spans);
}

// --- words -----------------------------------------------------------------------------------------

/** Words from a block of text, one or more a line; lines starting with // are comments. */
function wordList(block: string): string[] {
  return block
    .split('\n')
    .filter((line) => !line.trim().startsWith('//'))
    .join(' ')
    .split(/\s+/)
    .filter(Boolean);
}

function wordSet(block: string): ReadonlySet<string> {
  return new Set(wordList(block));
}

interface Word {
  text: string;
  start: number;
  end: number;
}

/** Letters, with inner apostrophes and hyphens: Anne-Marie, O'Neill, Zoë. */
const WORD = /\p{L}[\p{L}\p{M}'’]*(?:-\p{L}[\p{L}\p{M}'’]*)*/gu;

function words(text: string): Word[] {
  return [...text.matchAll(WORD)].map((m) => ({ text: m[0], start: m.index, end: m.index + m[0].length }));
}

/** Starts with a capital followed by a lower-case letter (so not BSO or GGD); IJ counts as one letter. */
function isCapitalised(word: string): boolean {
  return /^(?:IJ|\p{Lu})\p{Ll}/u.test(word);
}

/** Only spaces between the two words, on one line. */
function adjacent(text: string, left: Word, right: Word): boolean {
  return /^[ \t\u00a0]+$/.test(text.slice(left.end, right.start));
}

/** At the start of the text, of a line, or of a sentence (after . ! ? : ; or a list bullet). */
function atSentenceStart(text: string, index: number): boolean {
  let i = index - 1;
  while (i >= 0 && /[ \t\u00a0"'“‘„«([]/.test(text[i])) i--;
  return i < 0 || /[.!?:;…\n\r•*–-]/.test(text[i]);
}

/** Parts of surnames and proper names that are written small: Jan de Vries, Fatima el Amrani. */
const PARTICLES: ReadonlySet<string> = wordSet(`
  de den der van von het t 't ter ten te el al la le du da di op
`);

/**
 * Words that may stand with a capital (at the start of a sentence) but never name a person: function
 * words, and a few proper nouns every text about children and policy uses.
 */
const NOT_NAMES: ReadonlySet<string> = wordSet(`
  // function words
  aan achter al alle alleen als bij binnen buiten dan dat daar daarom daarna deze die dit door
  een elk elke en er geen hier hij hoe ieder iedere ik in je jij maar met mijn na naar namens
  niet nog nu of om omdat onder ons onze ook over per sinds soms tijdens toen tot tussen uit vaak
  volgens voor vanuit want wat we wel wie wij zij ze zo zonder zoals hun haar zijn wordt was is
  heeft
  // proper nouns that are no one's name
  nederland nederlands nederlandse holland europa europese engels engelse arabisch turks turkse
  marokkaans marokkaanse pools poolse oekraiens oekraiense fries friese surinaams surinaamse
  antilliaans antilliaanse caribisch jeugdwet wmo wet wpo wvo wlz zvw rijk rijksoverheid kamer
  tweede eerste minister ministerie staatssecretaris inspectie onderwijsinspectie kinderombudsman
  gemeente gemeenten provincie raad college passend onderwijs kinderopvang jeugdhulp zorg welzijn
  platform vakmanschap verbindingsroute signaalroute kerst kerstmis pasen ramadan suikerfeest
  offerfeest sinterklaas koningsdag corona covid internet teams zoom whatsapp facebook linkedin
  instagram google excel magister parnassys god
  // conditions named after a person (syndroom van Down)
  down asperger tourette duchenne crohn alzheimer parkinson hodgkin
  // provinces and the larger places, which locate a region, not a person
  groningen friesland drenthe overijssel flevoland gelderland utrecht noord-holland zuid-holland
  zeeland noord-brabant brabant limburg amsterdam rotterdam den haag eindhoven tilburg almere
  breda nijmegen apeldoorn haarlem arnhem enschede amersfoort zaanstad zwolle leiden zoetermeer
  maastricht dordrecht ede emmen westland delft venlo deventer leeuwarden alkmaar helmond
  hilversum heerlen oss amstelveen sittard-geleen hengelo purmerend roosendaal schiedam lelystad
  gouda vlaardingen hoorn assen almelo veenendaal zeist nieuwegein capelle katwijk rijswijk
  bergen kampen zutphen texel randstad foodvalley twente achterhoek veluwe betuwe rivierenland
  kennemerland gooi landelijk
`);

function isNameWord(word: string): boolean {
  const key = firstNameKey(word);
  return isCapitalised(word) && !NOT_NAMES.has(key) && !PARTICLES.has(key) && !isInstitutionWord(word);
}

/**
 * The name that starts at words[i], with the particles and capitalised words that follow it on the
 * same line: "Emma", "Jan de Vries", "Fatima El Amrani". Returns the index of its last word.
 */
function nameEnd(text: string, list: readonly Word[], i: number): number {
  let end = i;
  let j = i + 1;
  while (j < list.length && adjacent(text, list[j - 1], list[j])) {
    const key = firstNameKey(list[j].text);
    if (PARTICLES.has(key)) {
      j++;
      continue;
    }
    if (!isNameWord(list[j].text)) break;
    end = j;
    j++;
  }
  return end;
}

// --- schools and childcare -------------------------------------------------------------------------

/** Words that name a kind of school or childcare, before its own name: basisschool De Regenboog. */
const INSTITUTION_WORDS: readonly string[] = wordList(`
  basisschool school obs cbs rkbs pcbs sbo so vso ikc kindcentrum kindercentrum kindcentra
  kinderdagverblijf kdv kinderopvang opvang bso peuterspeelzaal peuteropvang peutergroep
  voorschool gastouderbureau gastouderopvang gastouder scholengemeenschap lyceum gymnasium mavo
  vmbo havo vwo praktijkschool kinderopvangorganisatie jeugdhulpaanbieder
`);
const INSTITUTIONS = new Set(INSTITUTION_WORDS);

function isInstitutionWord(word: string): boolean {
  return INSTITUTIONS.has(firstNameKey(word));
}

interface SchoolSpan {
  start: number;
  end: number;
  /** The same name occurs in a signal of the case (the child's or the submitter's school). */
  fromSignals: boolean;
}

/** "basisschool De Regenboog", "kinderdagverblijf Dikkertje Dap", "IKC 't Span": the name part and all. */
function schoolNames(text: string): Array<{ start: number; end: number; name: string }> {
  const list = words(text);
  const found: Array<{ start: number; end: number; name: string }> = [];
  for (let i = 0; i < list.length - 1; i++) {
    if (!isInstitutionWord(list[i].text)) continue;
    let j = i + 1;
    // An article may come first, written small or with a capital: de Regenboog, 't Span.
    while (
      j < list.length &&
      adjacent(text, list[j - 1], list[j]) &&
      PARTICLES.has(firstNameKey(list[j].text))
    )
      j++;
    if (j >= list.length || !adjacent(text, list[j - 1], list[j]) || !isNameWord(list[j].text)) continue;
    const end = nameEnd(text, list, j);
    const nameStart = list[i + 1].start;
    // "'t Span": the apostrophe belongs to the name.
    const start = text[nameStart - 1] === "'" || text[nameStart - 1] === '’' ? nameStart - 1 : nameStart;
    found.push({ start: list[i].start, end: list[end].end, name: text.slice(start, list[end].end) });
    i = end;
  }
  return found;
}

function schoolSpans(text: string, signalSchools: ReadonlySet<string>): SchoolSpan[] {
  return schoolNames(text).map((school) => ({
    start: school.start,
    end: school.end,
    fromSignals: signalSchools.has(nameKey(school.name)),
  }));
}

function nameKey(name: string): string {
  return firstNameKey(name)
    .replace(/^(?:(?:de|het|'t|’t|den)\s+)+/, '')
    .replace(/\s+/g, ' ')
    .trim();
}

// --- people ----------------------------------------------------------------------------------------

/** Words before a person's name: juf Marieke, meneer Jansen, haar dochter Emma. */
const PERSON_CUES: ReadonlySet<string> = wordSet(`
  meneer mevrouw mevr mw dhr heer juf juffrouw meester dokter mama papa moeder vader oma opa oom
  tante buurvrouw buurman collega heet heette genaamd
`);

/** Person cues written as abbreviations, with a dot. */
const ABBREVIATED_CUES: ReadonlySet<string> = wordSet('mevr mw dhr');

/** Words that say the person named is a child. */
const CHILD_CUES: ReadonlySet<string> = wordSet(`
  zoon zoontje dochter dochtertje kind kindje pleegkind pleegzoon pleegdochter broer broertje zus
  zusje leerling leerlinge peuter kleuter baby meisje jongen jongetje pupil scholier tweeling
`);

/** A child's age or class close to a name: Emma (7), een 6-jarige, 4 jaar, groep 3, klas 2. */
const CHILD_CONTEXT = new RegExp(
  String.raw`\(\s*\d{1,2}\s*(?:jaar|jr\.?)?\s*\)|(?<![\p{N}])\d{1,2}[- ]?jarig|(?<![\p{N}])\d{1,2}\s+jaar(?![\p{L}])|(?<![\p{L}])(?:groep|klas)\s+[1-8](?![\p{N}])|(?<![\p{L}])(?:${[...CHILD_CUES].join('|')})(?![\p{L}])`,
  'iu',
);
const CHILD_BEFORE = 40;
const CHILD_AFTER = 30;

/** "Max. 20 kinderen", "Jan 2024": first names that also abbreviate a word when a number follows. */
const NAME_BEFORE_NUMBER = new Set(['max', 'jan']);

interface SourceContext {
  /** Names found in the signals (and organisations), by the key `firstNameKey` makes of each word. */
  names: ReadonlyMap<string, FindingKind>;
  /** Schools and childcare the signals name (by `nameKey`), including a submitter's own. */
  schools: ReadonlySet<string>;
  /** Runs of QUOTE_MIN_WORDS normalised words from signals whose submitter did not consent. */
  quoteGrams: ReadonlySet<string>;
}

function nameSpans(text: string, context: SourceContext): Span[] {
  const list = words(text);
  const spans: Span[] = [];
  const childNear = (start: number, end: number) =>
    CHILD_CONTEXT.test(text.slice(Math.max(0, start - CHILD_BEFORE), start)) ||
    CHILD_CONTEXT.test(text.slice(end, end + CHILD_AFTER));
  for (let i = 0; i < list.length; i++) {
    const word = list[i];
    const key = firstNameKey(word.text);
    if (!isNameWord(word.text)) continue;
    const cue = cueBefore(text, list, i);
    const known = context.names.get(key);
    const firstName =
      isDutchFirstName(word.text) && !(NAME_BEFORE_NUMBER.has(key) && /^\.?\s*\d/.test(text.slice(word.end)));
    if (!(firstName || known || cue)) continue;
    const last = nameEnd(text, list, i);
    const start = cue?.nameStart ?? word.start;
    const end = list[last].end;
    // "juf Marieke" is an adult, whatever child is mentioned near; "leerling Daan" a child.
    const child = cue ? cue.child : childNear(start, end);
    const kind: FindingKind = child || known === 'child_or_school' ? 'child_or_school' : 'person_name';
    spans.push({ kind, start, end });
    i = last;
  }
  return spans;
}

/**
 * The person cue right before words[i], over any particles between (meneer de Vries, dhr. Jansen):
 * whether it names a child, and where the name starts.
 */
function cueBefore(
  text: string,
  list: readonly Word[],
  i: number,
): { child: boolean; nameStart: number } | null {
  let k = i - 1;
  while (k >= 0 && PARTICLES.has(firstNameKey(list[k].text)) && adjacent(text, list[k], list[k + 1])) k--;
  if (k < 0) return null;
  const cue = firstNameKey(list[k].text);
  // A dot only after an abbreviation (dhr. Jansen); after "dochter." a new sentence starts.
  const gap = text.slice(list[k].end, list[k + 1].start);
  if (!/^[ \t\u00a0]+$/.test(gap) && !(ABBREVIATED_CUES.has(cue) && /^\.[ \t\u00a0]+$/.test(gap)))
    return null;
  if (!PERSON_CUES.has(cue) && !CHILD_CUES.has(cue)) return null;
  return { child: CHILD_CUES.has(cue), nameStart: list[k + 1].start };
}

/** A name whose words are only spaces or particles apart is one finding: Jan de Vries. */
function mergeAdjacentNames(spans: readonly Span[], text: string): Span[] {
  const merged: Span[] = [];
  for (const span of spans) {
    const last = merged[merged.length - 1];
    const gap = last ? text.slice(last.end, span.start) : '';
    const between = gap.trim().length > 0 ? gap.trim().split(/[ \t\u00a0]+/) : [];
    if (
      last &&
      /^[ \t\u00a0][^\n\r]*[ \t\u00a0]$|^[ \t\u00a0]$/.test(gap) &&
      between.every((word) => PARTICLES.has(firstNameKey(word)))
    ) {
      merged[merged.length - 1] = {
        kind:
          last.kind === 'child_or_school' || span.kind === 'child_or_school'
            ? 'child_or_school'
            : 'person_name',
        start: last.start,
        end: span.end,
      };
    } else merged.push(span);
  }
  return merged;
}

// --- what the signals say --------------------------------------------------------------------------

/** Public bodies are organisations, never people: their names are not collected. */
const PUBLIC_BODY = /^(?:gemeente|provincie|ministerie|ggd|rijks|waterschap|veiligheidsregio)\b/i;

function readSources(signals: readonly SourceSignal[]): SourceContext {
  const names = new Map<string, FindingKind>();
  const schools = new Set<string>();
  const regions = new Set(
    signals.flatMap((s) => (s.region ? words(s.region).map((w) => firstNameKey(w.text)) : [])),
  );
  const add = (word: string, kind: FindingKind) => {
    const key = firstNameKey(word);
    if (key.length < 3 || regions.has(key) || NOT_NAMES.has(key) || PARTICLES.has(key)) return;
    if (names.get(key) !== 'child_or_school') names.set(key, kind);
  };

  for (const signal of signals) {
    for (const text of [signal.title, signal.description]) {
      for (const school of schoolNames(text)) {
        schools.add(nameKey(school.name));
        for (const word of words(school.name)) if (isNameWord(word.text)) add(word.text, 'child_or_school');
      }
      collectNames(text, add);
    }
    const organisation = signal.organisation?.trim() ?? '';
    if (organisation && !PUBLIC_BODY.test(organisation)) {
      const schoolLike = words(organisation).some((w) => isInstitutionWord(w.text));
      const distinctive = words(organisation).filter(
        (w) => !isInstitutionWord(w.text) && !PARTICLES.has(firstNameKey(w.text)),
      );
      if (schoolLike && distinctive.length > 0) {
        schools.add(nameKey(distinctive.map((w) => w.text).join(' ')));
      }
      for (const word of distinctive) add(word.text, schoolLike ? 'child_or_school' : 'person_name');
    }
  }
  return { names, schools, quoteGrams: unconsentedGrams(signals) };
}

/**
 * The names a signal text mentions: capitalised words inside a sentence (Dutch writes few other words
 * that way), runs of two or more capitalised words anywhere (Fatima El Amrani), words after a person
 * cue (juf Marieke), and first names from the list.
 */
function collectNames(text: string, add: (word: string, kind: FindingKind) => void): void {
  const list = words(text);
  for (let i = 0; i < list.length; i++) {
    const word = list[i];
    if (!isNameWord(word.text)) continue;
    const last = nameEnd(text, list, i);
    const run = list.slice(i, last + 1).filter((w) => isNameWord(w.text));
    const cue = cueBefore(text, list, i);
    const midSentence = !atSentenceStart(text, word.start);
    if (run.length >= 2 || midSentence || cue || isDutchFirstName(word.text)) {
      for (const part of run) add(part.text, cue?.child ? 'child_or_school' : 'person_name');
    }
    i = last;
  }
}

// --- passages copied from a signal without consent --------------------------------------------------

interface Token {
  key: string;
  start: number;
  end: number;
}

function tokens(text: string): Token[] {
  return [...text.matchAll(/[\p{L}\p{N}]+/gu)].map((m) => ({
    key: firstNameKey(m[0]),
    start: m.index,
    end: m.index + m[0].length,
  }));
}

function unconsentedGrams(signals: readonly SourceSignal[]): Set<string> {
  const grams = new Set<string>();
  for (const signal of signals) {
    if (signal.consentPublication) continue;
    for (const text of [signal.title, signal.description]) {
      const keys = tokens(text).map((t) => t.key);
      for (let i = 0; i + QUOTE_MIN_WORDS <= keys.length; i++) {
        grams.add(keys.slice(i, i + QUOTE_MIN_WORDS).join(' '));
      }
    }
  }
  return grams;
}

/** Each maximal run of words covered by copied runs of QUOTE_MIN_WORDS words is one finding. */
function quoteSpans(text: string, grams: ReadonlySet<string>): Span[] {
  if (grams.size === 0) return [];
  const list = tokens(text);
  const covered = new Array<boolean>(list.length).fill(false);
  for (let i = 0; i + QUOTE_MIN_WORDS <= list.length; i++) {
    const key = list
      .slice(i, i + QUOTE_MIN_WORDS)
      .map((t) => t.key)
      .join(' ');
    if (grams.has(key)) covered.fill(true, i, i + QUOTE_MIN_WORDS);
  }
  const spans: Span[] = [];
  for (let i = 0; i < list.length; i++) {
    if (!covered[i]) continue;
    let j = i;
    while (j + 1 < list.length && covered[j + 1]) j++;
    spans.push({ kind: 'unconsented_quote', start: list[i].start, end: list[j].end });
    i = j;
  }
  return spans;
}
