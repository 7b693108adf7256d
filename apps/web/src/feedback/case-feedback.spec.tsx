import { describe, expect, it } from '@jest/globals';
import { screen, waitFor, within } from '@testing-library/react';
import type { FakeRoutes, RecordedRequest } from '../test/fake-api';
import { renderApp } from '../test/render-app';
import { signedInAs } from '../test/staff-session';
import { DELIVERY_POLL_MS } from './delivery-list';

const CASE = {
  id: 'c1',
  reference: 'KP-2026-000042',
  title: 'Voorschool zonder lokaal',
  domains: ['education', 'childcare'],
  step: 'feedback',
  handlingOption: 'funding_experiment',
  version: 7,
  signalCount: 3,
  createdAt: '2026-03-01T09:30:00.000Z',
  updatedAt: '2026-03-20T09:30:00.000Z',
  summary: '',
  signals: [],
  experts: [],
  history: [],
  allowedTransitions: [],
};

interface Recipient {
  id: string;
  kind: string;
  email: string | null;
  locale: string;
  status: string;
  undeliverableReason: string | null;
  deliveredAt: string | null;
  helped: string | null;
  responseComment: string | null;
  respondedAt: string | null;
}

interface Texts {
  whatHappened: string;
  stepsTaken: string;
  achieved: string;
}

interface View {
  caseId: string;
  reference: string;
  caseTitle: string;
  caseStep: string;
  status: string;
  version: number;
  preparedAt: string;
  sentAt: string | null;
  message: { nl: Texts; en: Texts };
  counts: { total: number; pending: number; sent: number; undeliverable: number };
  helpfulness: { yes: number; partly: number; no: number };
  comments: { helped: string; comment: string; respondedAt: string }[];
  recipients: Recipient[];
  recipientsNextCursor: string | null;
}

const RECIPIENTS: Recipient[] = [
  {
    id: 'r1',
    kind: 'submitter',
    email: 'o***@example.nl',
    locale: 'nl',
    status: 'pending',
    undeliverableReason: null,
    deliveredAt: null,
    helped: null,
    responseComment: null,
    respondedAt: null,
  },
  {
    id: 'r2',
    kind: 'submitter',
    email: 'l***@example.nl',
    locale: 'en',
    status: 'pending',
    undeliverableReason: null,
    deliveredAt: null,
    helped: null,
    responseComment: null,
    respondedAt: null,
  },
  {
    id: 'r3',
    kind: 'respondent',
    email: 'm***@test.signaalroute.nl',
    locale: 'nl',
    status: 'pending',
    undeliverableReason: null,
    deliveredAt: null,
    helped: null,
    responseComment: null,
    respondedAt: null,
  },
  {
    id: 'r4',
    kind: 'submitter',
    email: null,
    locale: 'nl',
    status: 'undeliverable',
    undeliverableReason: 'no consent to contact',
    deliveredAt: null,
    helped: null,
    responseComment: null,
    respondedAt: null,
  },
];

const DRAFT: View = {
  caseId: 'c1',
  reference: 'KP-2026-000042',
  caseTitle: 'Voorschool zonder lokaal',
  caseStep: 'feedback',
  status: 'draft',
  version: 1,
  preparedAt: '2026-03-20T10:00:00.000Z',
  sentAt: null,
  message: {
    nl: {
      whatHappened: 'Het knelpunt kwam binnen via 3 meldingen.',
      stepsTaken: '- Toetsen: breed herkend\n- Agenderen: ingebracht bij de tafel',
      achieved: 'De tafel heeft een toezegging gedaan.',
    },
    en: {
      whatHappened: 'The bottleneck reached us through 3 signals.',
      stepsTaken: '- Testing: widely recognised\n- Agenda: brought to the table',
      achieved: 'The table made a commitment.',
    },
  },
  counts: { total: 4, pending: 3, sent: 0, undeliverable: 1 },
  helpfulness: { yes: 0, partly: 0, no: 0 },
  comments: [],
  recipients: RECIPIENTS,
  recipientsNextCursor: null,
};

/** The recipients of a view with the status filter of the request applied. */
function answer(view: View, request: RecordedRequest) {
  const status = request.query.get('status');
  const recipients = status ? view.recipients.filter((r) => r.status === status) : view.recipients;
  return { status: 200, body: { ...view, recipients } };
}

function renderFeedback(routes: FakeRoutes) {
  return renderApp({
    path: '/knelpunten/c1',
    routes: {
      ...signedInAs('adviser'),
      'GET /api/cases/c1': () => ({ status: 200, body: CASE }),
      ...routes,
    },
  });
}

async function feedbackSection() {
  return screen.findByRole('region', { name: 'Terugkoppeling' });
}

describe('the feedback of a case (step 7)', () => {
  it('edits the texts in both languages, sending only what changed, and reloads after a conflict', async () => {
    let view: View = DRAFT;
    let conflict = false;
    const { user, api } = await renderFeedback({
      'GET /api/cases/c1/feedback': (request) => answer(view, request),
      'PUT /api/cases/c1/feedback': (request) => {
        if (conflict) {
          view = {
            ...view,
            version: 3,
            message: { ...view.message, nl: { ...view.message.nl, achieved: 'Door een collega aangepast.' } },
          };
          return { status: 409, body: { statusCode: 409, code: 'version_conflict', message: 'Changed.' } };
        }
        const body = request.body as { whatHappenedEn: string };
        view = {
          ...view,
          version: 2,
          message: { ...view.message, en: { ...view.message.en, whatHappened: body.whatHappenedEn } },
        };
        return { status: 200, body: view };
      },
    });

    const section = await feedbackSection();
    expect(await within(section).findByText('Concept (nog niet verstuurd)')).toBeTruthy();
    const dutch = within(section).getByRole('group', { name: 'Nederlandse tekst' });
    const english = within(section).getByRole('group', { name: 'Engelse tekst' });
    // The questions are the labels, in each language.
    expect(
      (
        within(dutch).getByRole('textbox', {
          name: 'Wat is er met de melding gebeurd? (Nederlands)',
        }) as HTMLTextAreaElement
      ).value,
    ).toBe(DRAFT.message.nl.whatHappened);
    expect(
      within(dutch).getByRole('textbox', { name: 'Welke stappen zijn gezet? (Nederlands)' }),
    ).toBeTruthy();
    expect(
      within(dutch).getByRole('textbox', { name: 'Wat heeft het agenderen opgeleverd? (Nederlands)' }),
    ).toBeTruthy();
    const englishText = within(english).getByRole('textbox', {
      name: 'Wat is er met de melding gebeurd? (Engels)',
    });

    await user.clear(englishText);
    await user.type(englishText, 'Your signals were discussed nationally.');
    await user.click(within(section).getByRole('button', { name: 'Teksten opslaan' }));

    expect(await within(section).findByText('Opgeslagen.')).toBeTruthy();
    expect(api.sent('PUT', '/api/cases/c1/feedback')[0]?.body).toEqual({
      expectedVersion: 1,
      whatHappenedEn: 'Your signals were discussed nationally.',
    });

    // Someone else saved meanwhile: the latest texts are loaded, with a message.
    conflict = true;
    const achieved = within(section).getByRole('textbox', {
      name: 'Wat heeft het agenderen opgeleverd? (Nederlands)',
    });
    await user.type(achieved, ' Meer volgt.');
    await user.click(within(section).getByRole('button', { name: 'Teksten opslaan' }));
    expect(await within(section).findByText(/Iemand anders heeft dit intussen gewijzigd/)).toBeTruthy();
    expect(api.sent('PUT', '/api/cases/c1/feedback')[1]?.body).toMatchObject({ expectedVersion: 2 });
    await waitFor(() =>
      expect(
        (
          within(section).getByRole('textbox', {
            name: 'Wat heeft het agenderen opgeleverd? (Nederlands)',
          }) as HTMLTextAreaElement
        ).value,
      ).toBe('Door een collega aangepast.'),
    );
  });

  it('previews the mail per language and recipient kind: the text as text, the HTML only in a sandboxed frame', async () => {
    const html =
      '<!doctype html><html><body><p id="mail-html">Did this help?</p><script>alert(1)</script></body></html>';
    const { user, api } = await renderFeedback({
      'GET /api/cases/c1/feedback': (request) => answer(DRAFT, request),
      'GET /api/cases/c1/feedback/preview': (request) => ({
        status: 200,
        body: {
          locale: request.query.get('locale'),
          kind: request.query.get('kind'),
          subject: 'Feedback: what happened with the bottleneck you responded to',
          text: 'Hello,\n\n<b>What happened with the signal?</b>\nThe bottleneck reached us.',
          html,
        },
      }),
    });

    const section = await feedbackSection();
    const preview = await within(section).findByRole('region', { name: 'Voorbeeld van de e-mail' });
    await user.selectOptions(within(preview).getByRole('combobox', { name: 'Taal' }), 'en');
    await user.selectOptions(within(preview).getByRole('combobox', { name: 'Ontvanger' }), 'respondent');
    await user.click(within(preview).getByRole('button', { name: 'Voorbeeld tonen' }));

    expect(
      await within(preview).findByText('Feedback: what happened with the bottleneck you responded to'),
    ).toBeTruthy();
    const asked = api.sent('GET', '/api/cases/c1/feedback/preview')[0];
    expect(asked?.query.get('locale')).toBe('en');
    expect(asked?.query.get('kind')).toBe('respondent');
    expect(
      within(preview).getByText('Voorbeeld in het Engels, voor: Reageerder op een oproep.'),
    ).toBeTruthy();
    // The text version shows its markup as text.
    const text = within(preview).getByText('De e-mail (tekstversie)').closest('figure')!;
    expect(text.textContent).toContain('<b>What happened with the signal?</b>');
    expect(text.querySelector('b')).toBeNull();
    // The HTML only in a frame that may do nothing; never in the page.
    const frame = within(preview).getByTitle(
      'Opgemaakte e-mail: Feedback: what happened with the bottleneck you responded to',
    );
    expect(frame.tagName).toBe('IFRAME');
    expect(frame.getAttribute('sandbox')).toBe('');
    expect(frame.getAttribute('srcdoc')).toBe(html);
    expect(document.getElementById('mail-html')).toBeNull();
    expect(document.querySelector('script:not([src])')).toBeNull();
  });

  it('sends after a confirmation that says how many get it, and waits for unsaved texts', async () => {
    let view: View = DRAFT;
    const { user, api } = await renderFeedback({
      'GET /api/cases/c1/feedback': (request) => answer(view, request),
      'POST /api/cases/c1/feedback/send': () => {
        view = { ...view, status: 'sending', version: 2 };
        return { status: 200, body: view };
      },
    });

    const section = await feedbackSection();
    const sending = await within(section).findByRole('region', { name: 'Versturen' });

    // Unsaved edits: sending waits until they are saved.
    await user.type(
      within(section).getByRole('textbox', { name: 'Welke stappen zijn gezet? (Engels)' }),
      ' More.',
    );
    await user.click(within(sending).getByRole('button', { name: 'Terugkoppeling versturen' }));
    expect(within(sending).getByText(/Sla de teksten eerst op/)).toBeTruthy();
    expect(
      (within(sending).getByRole('button', { name: 'Ja, versturen' }) as HTMLButtonElement).disabled,
    ).toBe(true);
    await user.click(within(sending).getByRole('button', { name: 'Annuleren' }));
    const steps = within(section).getByRole('textbox', { name: 'Welke stappen zijn gezet? (Engels)' });
    await user.clear(steps);
    await user.type(steps, DRAFT.message.en.stepsTaken.replace('\n', '{Enter}'));

    await user.click(within(sending).getByRole('button', { name: 'Terugkoppeling versturen' }));
    const confirmation = within(sending).getByRole('group', {
      name: /^3 ontvangers krijgen deze terugkoppeling per e-mail/,
    });
    expect(document.activeElement).toBe(confirmation);
    expect(api.sent('POST', '/api/cases/c1/feedback/send')).toHaveLength(0);
    await user.click(within(confirmation).getByRole('button', { name: 'Ja, versturen' }));

    expect(await within(section).findByText(/De terugkoppeling wordt verstuurd/)).toBeTruthy();
    expect(api.sent('POST', '/api/cases/c1/feedback/send')[0]?.body).toEqual({ expectedVersion: 1 });
    expect(within(section).getByText('Wordt verstuurd')).toBeTruthy();
    // Sent texts can no longer be edited; they are shown as the message instead.
    expect(within(section).queryByRole('button', { name: 'Teksten opslaan' })).toBeNull();
    const message = within(section).getByRole('region', { name: 'Het verstuurde bericht' });
    expect(within(message).getByText('Het knelpunt kwam binnen via 3 meldingen.')).toBeTruthy();
    expect(
      within(message)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toContain('Agenderen: ingebracht bij de tafel');
  });
});

describe('the delivery of the feedback', () => {
  it('follows the delivery every few seconds while mails go out, with counts and a status filter', async () => {
    let looks = 0;
    const sending: View = { ...DRAFT, status: 'sending', version: 2 };
    const reached: View = {
      ...sending,
      status: 'sent',
      sentAt: '2026-03-21T10:00:05.000Z',
      counts: { total: 4, pending: 0, sent: 3, undeliverable: 1 },
      recipients: RECIPIENTS.map((r) =>
        r.status === 'pending' ? { ...r, status: 'sent', deliveredAt: '2026-03-21T10:00:05.000Z' } : r,
      ),
    };
    const { user, api } = await renderFeedback({
      'GET /api/cases/c1/feedback': (request) => {
        if (request.query.get('limit') !== '1') looks += 1;
        return answer(looks > 1 ? reached : sending, request);
      },
    });

    const section = await feedbackSection();
    const list = await within(section).findByRole('region', { name: 'Ontvangers' });
    expect(
      await within(list).findByText(
        'Bezig met versturen: 0 van 4 ontvangers bereikt. Deze lijst wordt vanzelf bijgewerkt.',
      ),
    ).toBeTruthy();
    const items = within(list).getAllByRole('listitem');
    expect(items.map((item) => item.querySelector('.sr-card__title')?.textContent)).toEqual([
      'o***@example.nl',
      'l***@example.nl',
      'm***@test.signaalroute.nl',
      'Geen e-mailadres',
    ]);
    expect(items[1]?.textContent).toContain('Indiener van een melding · Engels');
    expect(items[2]?.textContent).toContain('Reageerder op een oproep · Nederlands');
    expect(items[3]?.textContent).toContain('Onbereikbaar: geen toestemming voor contact');

    // A few seconds later every mail is out.
    expect(
      await within(list).findByText(
        'Iedere ontvanger is bereikt of als onbereikbaar vastgelegd.',
        {},
        { timeout: DELIVERY_POLL_MS + 2000 },
      ),
    ).toBeTruthy();
    expect(within(list).getAllByText(/^Bereikt op 21 maart 2026/)).toHaveLength(3);
    expect(within(section).getByText('Verstuurd', { selector: 'strong' })).toBeTruthy();
    const polled = looks;

    // Filtered by status; the options carry the counts.
    const filter = within(list).getByRole('combobox', { name: 'Toon ontvangers' });
    expect(
      within(filter)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(['Alle (4)', 'Nog niet bereikt (0)', 'Bereikt (3)', 'Onbereikbaar (1)']);
    await user.selectOptions(filter, 'undeliverable');
    await waitFor(() => expect(within(list).getAllByRole('listitem')).toHaveLength(1));
    const filtered = api.sent('GET', '/api/cases/c1/feedback').at(-1);
    expect(filtered?.query.get('status')).toBe('undeliverable');
    // Nothing is pending any more: no more looking.
    await new Promise((resolve) => setTimeout(resolve, DELIVERY_POLL_MS + 500));
    expect(looks).toBe(polled + 1);
  }, 20_000);

  it('records a recipient as unreachable with a reason, and shows the "did this help?" answers', async () => {
    let view: View = {
      ...DRAFT,
      status: 'sent',
      version: 3,
      sentAt: '2026-03-21T10:00:05.000Z',
      counts: { total: 4, pending: 1, sent: 2, undeliverable: 1 },
      helpfulness: { yes: 1, partly: 0, no: 1 },
      comments: [
        { helped: 'no', comment: 'Er is voor ons niets veranderd.', respondedAt: '2026-03-22T08:00:00.000Z' },
      ],
      recipients: [
        RECIPIENTS[0]!,
        {
          ...RECIPIENTS[1]!,
          status: 'sent',
          deliveredAt: '2026-03-21T10:00:05.000Z',
          helped: 'no',
          responseComment: 'Er is voor ons niets veranderd.',
          respondedAt: '2026-03-22T08:00:00.000Z',
        },
      ],
    };
    const { user, api } = await renderFeedback({
      'GET /api/cases/c1/feedback': (request) => answer(view, request),
      'POST /api/cases/c1/feedback/recipients/r1/undeliverable': (request) => {
        const reason = (request.body as { reason: string }).reason;
        const marked = { ...RECIPIENTS[0]!, status: 'undeliverable', undeliverableReason: reason };
        view = {
          ...view,
          counts: { total: 4, pending: 0, sent: 2, undeliverable: 2 },
          recipients: [marked, ...view.recipients.slice(1)],
        };
        return { status: 200, body: marked };
      },
    });

    const section = await feedbackSection();
    const list = await within(section).findByRole('region', { name: 'Ontvangers' });
    const [first, second] = await within(list).findAllByRole('listitem');
    expect(second?.textContent).toContain('Heeft het geholpen? Nee, dit heeft niet geholpen');
    expect(second?.textContent).toContain('Er is voor ons niets veranderd.');
    // Only a recipient not reached yet can be recorded as unreachable.
    expect(within(second!).queryByRole('button', { name: /Vastleggen als onbereikbaar/ })).toBeNull();

    await user.click(
      within(first!).getByRole('button', { name: 'Vastleggen als onbereikbaar: o***@example.nl' }),
    );
    await user.click(within(first!).getByRole('button', { name: 'Vastleggen' }));
    expect(within(first!).getByText('Vul een reden in.')).toBeTruthy();
    expect(api.sent('POST', '/api/cases/c1/feedback/recipients/r1/undeliverable')).toHaveLength(0);
    await user.type(
      within(first!).getByRole('textbox', { name: 'Waarom bereikt de terugkoppeling deze persoon niet?' }),
      'Werkt hier niet meer.',
    );
    await user.click(within(first!).getByRole('button', { name: 'Vastleggen' }));

    expect(await within(list).findByText('Vastgelegd als onbereikbaar.')).toBeTruthy();
    expect(api.sent('POST', '/api/cases/c1/feedback/recipients/r1/undeliverable')[0]?.body).toEqual({
      reason: 'Werkt hier niet meer.',
    });
    expect(await within(list).findByText('Onbereikbaar: Werkt hier niet meer.')).toBeTruthy();
    expect(within(list).getByRole('option', { name: 'Onbereikbaar (2)' })).toBeTruthy();

    // The answers to "did this help?", with the comments.
    const answers = within(section).getByRole('region', { name: 'Heeft dit geholpen?' });
    expect(answers.textContent).toContain('Ja, dit heeft geholpen1');
    expect(answers.textContent).toContain('Nee, dit heeft niet geholpen1');
    expect(within(answers).getByText('Er is voor ons niets veranderd.')).toBeTruthy();
    expect(within(answers).getByRole('link', { name: 'Aandacht nodig' }).getAttribute('href')).toBe(
      '/beheer/terugkoppeling',
    );
  });

  it('says the feedback is being prepared, and shows it once it is there', async () => {
    let ready = false;
    await renderFeedback({
      'GET /api/cases/c1/feedback': (request) => {
        if (!ready) {
          ready = true;
          return { status: 404, body: { statusCode: 404, code: 'not_found', message: 'Nog niet.' } };
        }
        return answer(DRAFT, request);
      },
    });
    const section = await feedbackSection();
    expect(within(section).getByRole('status').textContent).toMatch(/wordt voorbereid/);
    expect(
      await within(section).findByText('Concept (nog niet verstuurd)', {}, { timeout: 5000 }),
    ).toBeTruthy();
  });
});
