// The meeting brief for a national table, as blocks written out as one printable HTML page (and, by
// meeting-brief.pdf-writer.ts, as a PDF): per case on its agenda, the
// bottleneck in plain words, how broadly it is recognised, its root causes per cause area, the handling
// option and what is asked of this table. Pure: every text goes through escapeHtml, so nothing a person
// wrote becomes markup. The model is anonymised before it gets here (see meeting-brief.service.ts).
import { escapeHtml, formatCalendarDate } from '@app/mail';
import type {
  AgendaStatus,
  CauseArea,
  Domain,
  HandlingOption,
  Locale,
  RecognitionRecommendation,
} from '@app/workflow';
import { CAUSE_AREA_LABELS } from '../analyses/cause-area-labels';
import {
  AGENDA_STATUS_LABELS,
  DOMAIN_LABELS,
  HANDLING_OPTION_LABELS,
  RECOMMENDATION_LABELS,
} from './brief-labels';

export interface BriefRecognition {
  respondents: number;
  recognised: number;
  partly: number;
  notRecognised: number;
  endorsements: number;
  /** 0..1 */
  shareRecognising: number;
  byDomain: Record<string, number>;
  byRegion: Record<string, number>;
  recommendation: RecognitionRecommendation;
  /** When the call closed, `YYYY-MM-DD`. */
  closedOn: string;
}

export interface BriefCause {
  area: CauseArea;
  /** What the submitted analyses say about this area. */
  explanations: string[];
}

export interface BriefCase {
  reference: string;
  /** Only a title an adviser reviewed; null otherwise (the submitter's own words stay inside). */
  title: string | null;
  summary: string;
  domains: Domain[];
  handlingOption: HandlingOption | null;
  theme: string | null;
  status: AgendaStatus;
  meetingDate: string | null;
  ask: string;
  recognition: BriefRecognition | null;
  analyses: number;
  /** Cause areas that play a role according to at least one submitted analysis. */
  causes: BriefCause[];
  rootCauses: string[];
  recommendations: string[];
  /** From signals whose submitters consented to publication; personal data already removed. */
  quotes: string[];
}

export interface MeetingBriefModel {
  locale: Locale;
  tableName: string;
  tableDescription: string;
  theme: string | null;
  /** `YYYY-MM-DD`, Dutch time. */
  preparedOn: string;
  cases: BriefCase[];
}

interface Texts {
  title: (table: string) => string;
  intro: string;
  themeLine: (theme: string) => string;
  prepared: (date: string) => string;
  none: string;
  untitled: string;
  rows: {
    domains: string;
    theme: string;
    status: string;
    meeting: string;
    option: string;
  };
  ask: string;
  bottleneck: string;
  recognition: string;
  noRecognition: string;
  respondents: (n: number, date: string) => string;
  share: (percent: number, recognised: number, partly: number, not: number) => string;
  endorsements: (n: number) => string;
  advice: string;
  byDomain: string;
  byRegion: string;
  causes: (n: number) => string;
  noAnalysis: string;
  noCause: string;
  rootCauses: string;
  recommendations: string;
  quotes: string;
  notChosen: string;
}

const TEXTS: Record<Locale, Texts> = {
  nl: {
    title: (table) => `Vergaderstuk ${table}`,
    intro:
      'Geanonimiseerd: dit stuk noemt geen melders, kinderen of ouders. Citaten komen alleen van melders die toestemming gaven voor publicatie.',
    themeLine: (theme) => `Opgave: ${theme}`,
    prepared: (date) => `Opgesteld op ${date}`,
    none: 'Er staan geen knelpunten op de agenda van deze tafel.',
    untitled: 'Knelpunt (titel nog niet vastgesteld)',
    rows: {
      domains: 'Domeinen',
      theme: 'Opgave',
      status: 'Stand',
      meeting: 'Vergadering',
      option: 'Handelingsoptie',
    },
    ask: 'Wat we van deze tafel vragen',
    bottleneck: 'Het knelpunt',
    recognition: 'Hoe breed het herkend wordt',
    noRecognition: 'Er is nog geen herkenningsoproep over dit knelpunt gesloten.',
    respondents: (n, date) => `${n} ${n === 1 ? 'reactie' : 'reacties'} op de oproep (gesloten op ${date})`,
    share: (percent, recognised, partly, not) =>
      `${percent}% herkent het (${recognised} helemaal, ${partly} deels, ${not} niet)`,
    endorsements: (n) => `${n} ${n === 1 ? 'lid gaf' : 'leden gaven'} daarnaast aan het te herkennen`,
    advice: 'Advies',
    byDomain: 'Herkend per domein',
    byRegion: 'Herkend per regio',
    causes: (n) => `Oorzaken per oorzaakgebied (${n} ${n === 1 ? 'analyse' : 'analyses'})`,
    noAnalysis: 'Er is nog geen analyse van dit knelpunt ingediend.',
    noCause: 'Geen van de analyses wijst een oorzaakgebied aan.',
    rootCauses: 'De kern van de oorzaak',
    recommendations: 'Aanbevelingen van de experts',
    quotes: 'Uit de meldingen',
    notChosen: 'nog niet gekozen',
  },
  en: {
    title: (table) => `Meeting brief ${table}`,
    intro:
      'Anonymised: this brief names no submitters, children or parents. Quotes come only from submitters who consented to publication.',
    themeLine: (theme) => `Theme: ${theme}`,
    prepared: (date) => `Prepared on ${date}`,
    none: 'There are no cases on the agenda of this table.',
    untitled: 'Case (title not reviewed yet)',
    rows: {
      domains: 'Domains',
      theme: 'Theme',
      status: 'Status',
      meeting: 'Meeting',
      option: 'Handling option',
    },
    ask: 'What we ask of this table',
    bottleneck: 'The bottleneck',
    recognition: 'How broadly it is recognised',
    noRecognition: 'No recognition call about this case has closed yet.',
    respondents: (n, date) => `${n} ${n === 1 ? 'response' : 'responses'} to the call (closed on ${date})`,
    share: (percent, recognised, partly, not) =>
      `${percent}% recognise it (${recognised} fully, ${partly} partly, ${not} not)`,
    endorsements: (n) => `${n} ${n === 1 ? 'member' : 'members'} also said they recognise it`,
    advice: 'Recommendation',
    byDomain: 'Recognised per domain',
    byRegion: 'Recognised per region',
    causes: (n) => `Causes per cause area (${n} ${n === 1 ? 'analysis' : 'analyses'})`,
    noAnalysis: 'No analysis of this case has been submitted yet.',
    noCause: 'None of the analyses points to a cause area.',
    rootCauses: 'The root of it',
    recommendations: "The experts' recommendations",
    quotes: 'From the signals',
    notChosen: 'not chosen yet',
  },
};

const STYLE = `body{font-family:Arial,Helvetica,sans-serif;font-size:15px;line-height:1.5;color:#1f2933;max-width:52rem;margin:2rem auto;padding:0 1rem}
h1{font-size:1.6rem;margin:0 0 .5rem}h2{font-size:1.25rem;margin:2rem 0 .5rem;border-top:2px solid #0b5cad;padding-top:1rem}
h3{font-size:1.05rem;margin:1.25rem 0 .25rem}p,li,dd{white-space:pre-line}.meta{color:#52606d}
dl{display:grid;grid-template-columns:max-content 1fr;gap:.25rem 1rem;margin:.5rem 0}dt{color:#52606d}dd{margin:0}
blockquote{margin:.5rem 0;padding:.25rem 1rem;border-left:4px solid #cbd2d9;color:#323f4b}
.ask{background:#eef4fb;padding:.75rem 1rem;border-radius:4px}
@media print{body{margin:0;max-width:none}h2{break-before:auto;break-after:avoid}}`;

/**
 * The brief as a list of blocks, the same for every format: the HTML page and the PDF are two ways of
 * writing these blocks, so they cannot say different things.
 */
export type BriefBlock =
  | { kind: 'title'; text: string }
  | { kind: 'meta'; text: string }
  | { kind: 'paragraph'; text: string; strong?: boolean }
  | { kind: 'case'; text: string }
  | { kind: 'heading'; text: string }
  | { kind: 'ask'; text: string }
  | { kind: 'facts'; rows: [string, string][] }
  | { kind: 'list'; items: string[] }
  | { kind: 'quote'; text: string };

export function briefBlocks(model: MeetingBriefModel): BriefBlock[] {
  const t = TEXTS[model.locale];
  const locale = model.locale;
  const blocks: BriefBlock[] = [{ kind: 'title', text: t.title(model.tableName) }];
  if (model.tableDescription) blocks.push({ kind: 'meta', text: model.tableDescription });
  if (model.theme) blocks.push({ kind: 'paragraph', text: t.themeLine(model.theme), strong: true });
  blocks.push(
    { kind: 'meta', text: t.prepared(formatDate(model.preparedOn, locale)) },
    { kind: 'paragraph', text: t.intro },
  );
  if (model.cases.length === 0) blocks.push({ kind: 'paragraph', text: t.none });
  for (const c of model.cases) blocks.push(...caseBlocks(c, t, locale));
  return blocks;
}

export function briefTitle(model: MeetingBriefModel): string {
  return TEXTS[model.locale].title(model.tableName);
}

function caseBlocks(c: BriefCase, t: Texts, locale: Locale): BriefBlock[] {
  const rows: [string, string][] = [
    [t.rows.domains, c.domains.map((domain) => DOMAIN_LABELS[domain][locale]).join(', ')],
    ...(c.theme ? [[t.rows.theme, c.theme] as [string, string]] : []),
    [t.rows.status, AGENDA_STATUS_LABELS[c.status][locale]],
    ...(c.meetingDate ? [[t.rows.meeting, formatDate(c.meetingDate, locale)] as [string, string]] : []),
    [t.rows.option, c.handlingOption ? HANDLING_OPTION_LABELS[c.handlingOption][locale] : t.notChosen],
  ];
  return [
    { kind: 'case', text: `${c.reference} · ${c.title ?? t.untitled}` },
    { kind: 'facts', rows },
    { kind: 'heading', text: t.ask },
    { kind: 'ask', text: c.ask },
    ...(c.summary
      ? [
          { kind: 'heading', text: t.bottleneck } as BriefBlock,
          { kind: 'paragraph', text: c.summary } as BriefBlock,
        ]
      : []),
    { kind: 'heading', text: t.recognition },
    ...recognitionBlocks(c.recognition, t, locale),
    { kind: 'heading', text: t.causes(c.analyses) },
    ...causeBlocks(c, t, locale),
    ...(c.quotes.length > 0
      ? [
          { kind: 'heading', text: t.quotes } as BriefBlock,
          ...c.quotes.map((quote): BriefBlock => ({ kind: 'quote', text: quote })),
        ]
      : []),
  ];
}

function recognitionBlocks(r: BriefRecognition | null, t: Texts, locale: Locale): BriefBlock[] {
  if (!r) return [{ kind: 'paragraph', text: t.noRecognition }];
  const items = [
    t.respondents(r.respondents, formatDate(r.closedOn, locale)),
    t.share(Math.round(r.shareRecognising * 100), r.recognised, r.partly, r.notRecognised),
    ...(r.endorsements > 0 ? [t.endorsements(r.endorsements)] : []),
    `${t.advice}: ${RECOMMENDATION_LABELS[r.recommendation][locale]}`,
  ];
  const domains = mostFirst(r.byDomain).map(([domain, n]) => `${domainLabel(domain, locale)}: ${n}`);
  const regions = mostFirst(r.byRegion).map(([region, n]) => `${region}: ${n}`);
  const rows: [string, string][] = [
    ...(domains.length > 0 ? [[t.byDomain, domains.join(', ')] as [string, string]] : []),
    ...(regions.length > 0 ? [[t.byRegion, regions.join(', ')] as [string, string]] : []),
  ];
  return [{ kind: 'list', items }, ...(rows.length > 0 ? [{ kind: 'facts', rows } as BriefBlock] : [])];
}

function causeBlocks(c: BriefCase, t: Texts, locale: Locale): BriefBlock[] {
  if (c.analyses === 0) return [{ kind: 'paragraph', text: t.noAnalysis }];
  const blocks: BriefBlock[] =
    c.causes.length === 0
      ? [{ kind: 'paragraph', text: t.noCause }]
      : [
          {
            kind: 'facts',
            rows: c.causes.map((cause) => [
              CAUSE_AREA_LABELS[cause.area][locale],
              cause.explanations.join('\n') || '—',
            ]),
          },
        ];
  if (c.rootCauses.length > 0) {
    blocks.push(
      { kind: 'heading', text: t.rootCauses },
      ...c.rootCauses.map((text): BriefBlock => ({ kind: 'paragraph', text })),
    );
  }
  if (c.recommendations.length > 0) {
    blocks.push(
      { kind: 'heading', text: t.recommendations },
      ...c.recommendations.map((text): BriefBlock => ({ kind: 'paragraph', text })),
    );
  }
  return blocks;
}

/** The brief as one printable HTML page. */
export function renderMeetingBrief(model: MeetingBriefModel): string {
  const e = escapeHtml;
  const body = briefBlocks(model).map((block) => {
    switch (block.kind) {
      case 'title':
        return `<h1>${e(block.text)}</h1>`;
      case 'meta':
        return `<p class="meta">${e(block.text)}</p>`;
      case 'paragraph':
        return block.strong ? `<p><strong>${e(block.text)}</strong></p>` : `<p>${e(block.text)}</p>`;
      case 'case':
        return `<h2>${e(block.text)}</h2>`;
      case 'heading':
        return `<h3>${e(block.text)}</h3>`;
      case 'ask':
        return `<p class="ask">${e(block.text)}</p>`;
      case 'facts':
        return `<dl>${block.rows.map(([label, value]) => `<dt>${e(label)}</dt><dd>${e(value)}</dd>`).join('')}</dl>`;
      case 'list':
        return `<ul>${block.items.map((item) => `<li>${e(item)}</li>`).join('')}</ul>`;
      case 'quote':
        return `<blockquote>${e(block.text)}</blockquote>`;
    }
  });
  return [
    '<!DOCTYPE html>',
    `<html lang="${e(model.locale)}">`,
    '<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${e(briefTitle(model))}</title><style>${STYLE}</style></head>`,
    '<body>',
    ...body,
    '</body></html>',
  ].join('\n');
}

/** Counts above zero, the most recognising first (the stored order says nothing). */
function mostFirst(counts: Record<string, number>): [string, number][] {
  return Object.entries(counts)
    .filter(([, n]) => n > 0)
    .sort(([a, x], [b, y]) => y - x || a.localeCompare(b));
}

function domainLabel(code: string, locale: Locale): string {
  return Object.hasOwn(DOMAIN_LABELS, code) ? DOMAIN_LABELS[code as Domain][locale] : code;
}

function formatDate(date: string, locale: Locale): string {
  return formatCalendarDate(date, locale);
}
