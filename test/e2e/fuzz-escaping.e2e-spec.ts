// Text that people wrote is never markup: every e-mail template rendered with generated hostile text
// (fast-check), and the acknowledgement mail, the Atom feed, the newsletter fragment and the meeting
// brief produced by the real API from rows full of <script> and <img onerror>.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import request from 'supertest';
import * as mail from '@app/mail';
import {
  composeAcknowledgement,
  composeAgendaReminder,
  composeAgendaStale,
  composeAnalysesComplete,
  composeAnalysisOverdue,
  composeAnswerConfirmation,
  composeCallInvitation,
  composeExpertAssigned,
  composeExpertReminder,
  composeFeedback,
  composeFeedbackProgress,
  composeInvite,
  composeMagicLink,
  composePasswordReset,
  composeRecognitionTally,
  type RenderedMail,
} from '@app/mail';
import {
  AgendaItemEntity,
  CaseEntity,
  MailMessageEntity,
  NationalTableEntity,
  PublicationCaseEntity,
  PublicationEntity,
  TableLiaisonEntity,
} from '@app/persistence';
import type { Locale } from '@app/workflow';
import { startTestSystem, type TestSystem } from '../support/test-system';

const SEED = Number(process.env.FUZZ_SEED ?? 20_261_107);

/** What an attacker would type into a title, a name or a comment. */
const PAYLOADS = [
  '<script>alert("x")</script>',
  '<img src=x onerror=alert(1)>',
  '"><svg onload=alert(1)>',
  "'><iframe src=javascript:alert(1)>",
  '</p></td></table><a href="javascript:alert(1)">klik</a>',
  '&lt;script&gt; al ontsnapt &amp; nog eens',
  '<!-- --><style>body{display:none}</style>',
];

/** Text made of markup fragments in any order: whatever it spells, it must come out as text. */
const hostileText = fc.oneof(
  fc.constantFrom(...PAYLOADS),
  fc
    .array(
      fc.constantFrom(
        '<',
        '>',
        '"',
        "'",
        '&',
        '/',
        '=',
        ' ',
        'script',
        'img',
        'a href',
        'onerror',
        'x',
        '\n',
      ),
      {
        minLength: 1,
        maxLength: 30,
      },
    )
    .map((parts) => parts.join('')),
  fc
    .tuple(fc.constantFrom(...PAYLOADS), fc.string({ unit: 'grapheme', maxLength: 20 }))
    .map(([a, b]) => `${b}${a}${b}`),
);

/** A link to our own site whose path carries markup (links are checked to be http(s) first). */
const hostileUrl = hostileText.map(
  (text) => `https://signaalroute.example/x/${encodeURI(text).replace(/%20/g, '')}"'<>`,
);

type Compose = (text: string, url: string, locale: Locale) => RenderedMail;

const TEMPLATES: Record<string, Compose> = {
  acknowledgement: (t, url, locale) =>
    composeAcknowledgement({ locale, reference: t, title: t, trackingUrl: url }),
  agendaReminder: (t, url, locale) =>
    composeAgendaReminder({
      locale,
      recipientName: t,
      reference: t,
      caseTitle: t,
      tableName: t,
      moment: 'meeting_before',
      date: '2026-12-01',
      outcome: null,
      itemUrl: url,
    }),
  agendaStale: (t, url, locale) =>
    composeAgendaStale({
      locale,
      recipientName: t,
      reference: t,
      caseTitle: t,
      tableName: t,
      status: 'submitted',
      movedOn: '2026-10-01',
      weeks: 6,
      meetingDate: '2026-12-01',
      itemUrl: url,
    }),
  analysesComplete: (t, url, locale) =>
    composeAnalysesComplete({ locale, recipientName: t, reference: t, caseTitle: t, count: 2, caseUrl: url }),
  analysisOverdue: (t, url, locale) =>
    composeAnalysisOverdue({
      locale,
      recipientName: t,
      reference: t,
      caseTitle: t,
      expertName: t,
      dueOn: '2026-12-01',
      caseUrl: url,
    }),
  answerConfirmation: (t, url, locale) =>
    composeAnswerConfirmation({ locale, question: t, confirmUrl: url, validMinutes: 60 }),
  callInvitation: (t, url, locale) =>
    composeCallInvitation({
      locale,
      displayName: t,
      question: t,
      reason: t,
      caseTitle: t,
      closesAt: new Date('2026-12-01T17:00:00Z'),
      answerUrl: url,
    }),
  expertAssigned: (t, url, locale) =>
    composeExpertAssigned({
      locale,
      recipientName: t,
      reference: t,
      caseTitle: t,
      dueOn: '2026-12-01',
      access: { kind: 'external', url, validUntil: '2026-12-31' },
    }),
  expertReminder: (t, url, locale) =>
    composeExpertReminder({
      locale,
      recipientName: t,
      reference: t,
      caseTitle: t,
      dueOn: '2026-12-01',
      moment: 'due',
      analysisUrl: url,
    }),
  feedback: (t, url, locale) =>
    composeFeedback({
      locale,
      kind: 'submitter',
      caseTitle: t,
      whatHappened: t,
      stepsTaken: `- ${t}\n- ${t}`,
      achieved: t,
      answerUrls: { yes: url, partly: url, no: url },
    }),
  feedbackProgress: (t, _url, locale) =>
    composeFeedbackProgress({
      locale,
      signalReference: t,
      caseTitle: t,
      tables: [{ name: t, status: 'scheduled', meetingDate: '2026-12-01' }],
    }),
  invite: (t, url, locale) =>
    composeInvite({ locale, displayName: t, role: 'adviser', url, validMinutes: 60 }),
  magicLink: (_t, url, locale) => composeMagicLink({ locale, url, validMinutes: 15 }),
  passwordReset: (_t, url, locale) => composePasswordReset({ locale, url, validMinutes: 15 }),
  recognitionTally: (t, url, locale) =>
    composeRecognitionTally({
      locale,
      displayName: t,
      caseReference: t,
      caseTitle: t,
      respondents: 12,
      shareRecognising: 0.75,
      domainsRecognising: 3,
      regionsRecognising: 4,
      recommendation: 'broad',
      caseUrl: url,
    }),
};

const tagsOf = (html: string): Set<string> =>
  new Set([...html.matchAll(/<\/?([a-zA-Z][a-zA-Z0-9-]*)/g)].map((m) => m[1].toLowerCase()));

/** No element, attribute or link that the text could have smuggled in. */
function expectOnlyText(html: string, allowedTags: Set<string>, where: string): void {
  const extra = [...tagsOf(html)].filter((tag) => !allowedTags.has(tag));
  expect({ where, extra }).toEqual({ where, extra: [] });
  expect({ where, handlers: /<[^>]*\son[a-z]+\s*=/i.exec(html)?.[0] ?? null }).toEqual({
    where,
    handlers: null,
  });
  for (const [, href] of html.matchAll(/\shref="([^"]*)"/g)) expect(href).toMatch(/^(https?:\/\/|mailto:)/);
}

const MARKUP_FREE = 'Gewone tekst zonder opmaak';
const PLAIN_URL = 'https://signaalroute.example/x/link';

describe('text is never markup: e-mails', () => {
  it('renders every template the mail library has', () => {
    const composers = Object.keys(mail).filter((name) => /^compose[A-Z]/.test(name));
    const covered = Object.keys(TEMPLATES).map((name) => `compose${name[0].toUpperCase()}${name.slice(1)}`);
    expect(composers.sort()).toEqual(covered.sort());
  });

  it.each(Object.keys(TEMPLATES))('the %s mail escapes every text and link it is given', (name) => {
    const compose = TEMPLATES[name];
    const allowed = new Set([
      ...tagsOf(compose(MARKUP_FREE, PLAIN_URL, 'nl').html),
      ...tagsOf(compose(MARKUP_FREE, PLAIN_URL, 'en').html),
    ]);
    fc.assert(
      fc.property(hostileText, hostileUrl, fc.constantFrom<Locale>('nl', 'en'), (text, url, locale) => {
        const mail = compose(text, url, locale);
        // (A line break in a subject cannot start a header: nodemailer turns it into a space.)
        expectOnlyText(mail.html, allowed, `${name} (${locale})`);
      }),
      { seed: SEED, numRuns: 60 },
    );
  });
});

describe('text is never markup: what the API produces', () => {
  let system: TestSystem;
  let http: ReturnType<typeof request>;
  const hostile = PAYLOADS.slice(0, 5).join(' ');
  const escapedScript = '&lt;script&gt;';

  beforeAll(async () => {
    system = await startTestSystem({ worker: false });
    http = request(system.api.getHttpServer());
  });

  afterAll(async () => {
    await system?.close();
  });

  it('escapes a submitter’s title in the acknowledgement mail', async () => {
    const { body } = await http
      .post('/api/signals')
      .send({
        title: `Titel ${PAYLOADS[1]}`.slice(0, 200),
        description: `Beschrijving ${hostile}`,
        domains: ['care'],
        email: 'melder@example.nl',
        consent: { contact: true, publication: true },
      })
      .expect(201);
    const mail = await system.dataSource
      .getRepository(MailMessageEntity)
      .findOneByOrFail({ signalId: (body as { id: string }).id });
    expect(mail.htmlBody).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expectOnlyText(
      mail.htmlBody ?? '',
      tagsOf(
        composeAcknowledgement({
          locale: 'nl',
          reference: MARKUP_FREE,
          title: MARKUP_FREE,
          trackingUrl: PLAIN_URL,
        }).html,
      ),
      'acknowledgement',
    );
  });

  it('escapes published text in the Atom feed and the newsletter fragment', async () => {
    const publication = await system.dataSource.getRepository(PublicationEntity).save({
      kind: 'interview',
      title: PAYLOADS[0],
      summary: PAYLOADS[1],
      body: `${hostile}\n\n${PAYLOADS[5]}`,
      linkUrl: 'https://example.org/"><script>alert(1)</script>',
      callToAction: PAYLOADS[2],
      status: 'published',
      checkedVersion: 1,
      publishedAt: new Date(),
    });
    const feed = await http.get('/api/public/insights.atom').expect(200);
    expect(feed.text).toContain(escapedScript);
    const atom = new Set([
      '?xml',
      'feed',
      'title',
      'subtitle',
      'id',
      'updated',
      'published',
      'link',
      'author',
      'name',
      'entry',
      'summary',
      'content',
      'category',
      'generator',
      'rights',
    ]);
    expectOnlyText(feed.text, atom, 'Atom feed');

    const fragment = await http
      .get(`/api/publications/${publication.id}/newsletter.html`)
      .set(system.as('adviser'))
      .expect(200);
    expect(fragment.text).toContain(escapedScript);
    expectOnlyText(fragment.text, new Set(['article', 'h2', 'p', 'strong', 'em', 'a', 'br']), 'newsletter');
    // Even if a browser opened it: the API's policy lets nothing load or run.
    expect(fragment.headers['content-security-policy']).toContain("default-src 'none'");
  });

  it('escapes case titles, questions and quotes in the meeting brief', async () => {
    const adviser = system.as('adviser');
    const { body } = await http
      .post('/api/signals')
      .send({
        title: 'Knelpunt met <b>opmaak</b> erin',
        description: `Een citaat met ${hostile}`,
        domains: ['education'],
        email: 'citaat@example.nl',
        consent: { contact: true, publication: true },
      })
      .expect(201);
    const opened = await http
      .post(`/api/signals/${(body as { id: string }).id}/open-case`)
      .set(adviser)
      .send({ title: `Knelpunt ${PAYLOADS[0]}`.slice(0, 200) })
      .expect(201);
    const caseId = (opened.body as { caseId: string }).caseId;
    const { version } = await system.dataSource.getRepository(CaseEntity).findOneByOrFail({ id: caseId });
    await http
      .post(`/api/cases/${caseId}/transitions`)
      .set(adviser)
      .send({ to: 'agenda', reason: PAYLOADS[3], handlingOption: 'agenda_lobby', expectedVersion: version })
      .expect(200);
    await system.dataSource
      .getRepository(CaseEntity)
      .update({ id: caseId }, { titleReviewed: true, summary: hostile });
    const table = await system.dataSource
      .getRepository(NationalTableEntity)
      .save({ name: `Tafel ${PAYLOADS[2]}`, kind: 'table' });
    await system.dataSource
      .getRepository(TableLiaisonEntity)
      .insert({ tableId: table.id, userId: system.users.liaison.id });
    await system.dataSource.getRepository(AgendaItemEntity).save({ caseId, tableId: table.id, ask: hostile });
    const publication = await system.dataSource
      .getRepository(PublicationEntity)
      .save({ kind: 'interview', title: 'Over de tafel', body: 'Tekst.', status: 'draft' });
    await system.dataSource
      .getRepository(PublicationCaseEntity)
      .insert({ publicationId: publication.id, caseId });

    const brief = await http.get(`/api/tables/${table.id}/brief`).set(adviser).expect(200);
    expect(brief.text).toContain(escapedScript);
    expectOnlyText(
      brief.text,
      new Set([
        '!doctype',
        'html',
        'head',
        'meta',
        'title',
        'style',
        'body',
        'main',
        'header',
        'section',
        'article',
        'footer',
        'h1',
        'h2',
        'h3',
        'h4',
        'p',
        'ul',
        'ol',
        'li',
        'dl',
        'dt',
        'dd',
        'table',
        'thead',
        'tbody',
        'tr',
        'th',
        'td',
        'strong',
        'em',
        'blockquote',
        'small',
        'span',
        'div',
        'br',
        'hr',
      ]),
      'meeting brief',
    );
    // Its one stylesheet is its own; the <style> in the text came out as text.
    expect(brief.text.match(/<style/g)).toHaveLength(1);
    expect(brief.headers['content-security-policy']).toContain("default-src 'none'");
  });
});
