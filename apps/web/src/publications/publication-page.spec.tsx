import { describe, expect, it } from '@jest/globals';
import { screen, waitFor, within } from '@testing-library/react';
import { renderApp } from '../test/render-app';
import { signedInAs } from '../test/staff-session';

const ID = '3f0c1b2a-5d6e-4f70-8a9b-0c1d2e3f4a5b';
const CASE_ID = '0b9d3c8e-2a3f-4f5b-9c1d-7e6f5a4b3c2d';
const PATH = `/api/publications/${ID}`;

const TITLE = 'Yvonne over vervoer naar de opvang';
const BODY = 'Mail naar ouder@voorbeeld.nl of bel 06-12345678 als je dit herkent.';

function finding(overrides: Record<string, unknown>) {
  return {
    id: 'f-email',
    kind: 'email',
    field: 'body',
    matchedText: 'ouder@voorbeeld.nl',
    start: 10,
    end: 28,
    status: 'open',
    acceptedReason: null,
    resolvedById: null,
    foundInVersion: 1,
    createdAt: '2026-03-01T09:00:00.000Z',
    ...overrides,
  };
}

const EMAIL = finding({});
const PHONE = finding({ id: 'f-phone', kind: 'phone', matchedText: '06-12345678', start: 36, end: 47 });
const NAME = finding({
  id: 'f-name',
  kind: 'person_name',
  field: 'title',
  matchedText: 'Yvonne',
  start: 0,
  end: 6,
  status: 'accepted',
  acceptedReason: 'Een publiek figuur, genoemd met toestemming.',
});

function publication(overrides: Record<string, unknown> = {}) {
  return {
    id: ID,
    kind: 'newsletter',
    title: TITLE,
    summary: 'Over vervoer tussen school en opvang.',
    body: BODY,
    linkUrl: null,
    callToAction: null,
    status: 'draft',
    version: 1,
    checkedVersion: 1,
    checkedAt: '2026-03-01T09:00:05.000Z',
    checkCurrent: true,
    openFindings: 2,
    publishable: false,
    publishedAt: null,
    cases: [
      {
        id: CASE_ID,
        reference: 'KP-2026-000001',
        title: 'Vervoer tussen school en opvang sluit niet aan',
        titleReviewed: true,
        step: 'sharing',
      },
    ],
    createdAt: '2026-03-01T09:00:00.000Z',
    updatedAt: '2026-03-01T09:00:00.000Z',
    findings: [NAME, EMAIL, PHONE],
    ...overrides,
  };
}

const NO_CASES = () => ({ status: 200, body: { items: [], nextCursor: null } });

/** The text before each mark in a field, and the marked text itself. */
function marksIn(field: string) {
  const paragraph = document.querySelector(`[data-field="${field}"]`);
  if (!paragraph) throw new Error(`No field ${field}`);
  return [...paragraph.querySelectorAll('mark')].map((mark) => ({
    marked: mark.firstChild?.textContent,
    label: mark.querySelector('.sr-visually-hidden')?.textContent,
  }));
}

describe('the findings of the personal-data check', () => {
  it('marks every finding at its place in its field and lists it beside the text', async () => {
    await renderApp({
      path: `/beheer/publicaties/${ID}`,
      routes: {
        ...signedInAs('adviser'),
        [`GET ${PATH}`]: () => ({ status: 200, body: publication() }),
        'GET /api/cases': NO_CASES,
      },
    });
    expect(await screen.findByRole('heading', { level: 1, name: TITLE })).toBeTruthy();
    expect(screen.getByText('Versie 1 is gecontroleerd: er staan 2 bevindingen open.')).toBeTruthy();

    // The body: the text between the marks is kept, every character once.
    const body = document.querySelector('[data-field="body"]');
    expect(marksIn('body')).toEqual([
      { marked: 'ouder@voorbeeld.nl', label: ' (persoonsgegeven: e-mailadres, open)' },
      { marked: '06-12345678', label: ' (persoonsgegeven: telefoonnummer, open)' },
    ]);
    const visible = [...(body?.childNodes ?? [])]
      .map((node) => (node.nodeName === 'MARK' ? node.firstChild?.textContent : node.textContent))
      .join('');
    expect(visible).toBe(BODY);
    expect(body?.childNodes[0]?.textContent).toBe('Mail naar ');
    expect(body?.childNodes[2]?.textContent).toBe(' of bel ');

    // The title's finding was accepted: still marked, and said so.
    expect(marksIn('title')).toEqual([
      { marked: 'Yvonne', label: ' (persoonsgegeven: naam van een persoon, geaccepteerd)' },
    ]);
    expect(marksIn('summary')).toEqual([]);

    const findings = screen.getByRole('complementary', { name: 'Bevindingen' });
    const items = within(findings).getAllByRole('listitem');
    expect(items.map((item) => item.querySelector('strong')?.textContent)).toEqual([
      'naam van een persoon in titel',
      'e-mailadres in tekst',
      'telefoonnummer in tekst',
    ]);
    expect(
      within(items[0]!).getByText('Geaccepteerd: Een publiek figuur, genoemd met toestemming.'),
    ).toBeTruthy();
    expect(
      within(items[1]!).getByRole('link', { name: 'Gevonden: “ouder@voorbeeld.nl”' }).getAttribute('href'),
    ).toBe('#finding-mark-f-email');
    expect(within(items[1]!).getByText(/Haal dit uit de tekst/)).toBeTruthy();
  });

  it('does not mark a finding whose text has moved since the check', async () => {
    const edited = `Nieuw begin. ${BODY}`;
    await renderApp({
      path: `/beheer/publicaties/${ID}`,
      routes: {
        ...signedInAs('adviser'),
        [`GET ${PATH}`]: () => ({
          status: 200,
          body: publication({ body: edited, version: 2, checkCurrent: false }),
        }),
        'GET /api/cases': NO_CASES,
      },
    });
    await screen.findByRole('heading', { level: 1, name: TITLE });
    expect(screen.getByText(/Versie 2 wordt gecontroleerd op persoonsgegevens/)).toBeTruthy();
    expect(marksIn('body')).toEqual([]);
    expect(document.querySelector('[data-field="body"]')?.textContent).toBe(edited);
    expect(
      screen.getAllByText('Deze tekst staat niet meer op dezelfde plek; de controle kijkt opnieuw.'),
    ).toHaveLength(2);
  });

  it('accepts an open finding with a reason', async () => {
    const { user, api } = await renderApp({
      path: `/beheer/publicaties/${ID}`,
      routes: {
        ...signedInAs('adviser'),
        [`GET ${PATH}`]: () => ({ status: 200, body: publication() }),
        'GET /api/cases': NO_CASES,
        [`POST ${PATH}/findings/f-email/accept`]: (request) => ({
          status: 200,
          body: publication({
            openFindings: 1,
            findings: [
              NAME,
              { ...EMAIL, status: 'accepted', acceptedReason: (request.body as { reason: string }).reason },
              PHONE,
            ],
          }),
        }),
      },
    });
    const findings = await screen.findByRole('complementary', { name: 'Bevindingen' });
    await user.click(
      within(findings).getByRole('button', { name: 'Accepteren met een reden: e-mailadres in tekst' }),
    );
    const form = within(findings).getByRole('form', {
      name: 'Accepteren met een reden: e-mailadres in tekst',
    });
    const reason = within(form).getByRole('textbox', { name: 'Waarom mag dit blijven staan?' });
    expect(document.activeElement).toBe(reason);

    // A reason is needed.
    await user.click(within(form).getByRole('button', { name: 'Accepteren' }));
    expect(await within(form).findByText('Vul een reden in.')).toBeTruthy();
    expect(api.sent('POST', `${PATH}/findings/f-email/accept`)).toHaveLength(0);

    await user.type(reason, 'Het algemene adres van de redactie.');
    await user.click(within(form).getByRole('button', { name: 'Accepteren' }));
    expect(await screen.findByText('De bevinding is geaccepteerd.')).toBeTruthy();
    expect(api.sent('POST', `${PATH}/findings/f-email/accept`)[0]?.body).toEqual({
      reason: 'Het algemene adres van de redactie.',
    });
    expect(api.sent('POST', `${PATH}/findings/f-email/accept`)[0]?.headers.get('X-CSRF-Token')).toBe(
      'csrf-staff',
    );
    expect(marksIn('body')[0]?.label).toBe(' (persoonsgegeven: e-mailadres, geaccepteerd)');
    expect(screen.getByText('Versie 1 is gecontroleerd: er staat 1 bevinding open.')).toBeTruthy();
    expect(screen.getByText('Geaccepteerd: Het algemene adres van de redactie.')).toBeTruthy();
  });
});

describe('reviewing and publishing', () => {
  it('sends a draft to review', async () => {
    const { user, api } = await renderApp({
      path: `/beheer/publicaties/${ID}`,
      routes: {
        ...signedInAs('adviser'),
        [`GET ${PATH}`]: () => ({ status: 200, body: publication() }),
        'GET /api/cases': NO_CASES,
        [`POST ${PATH}/review`]: () => ({ status: 200, body: publication({ status: 'review' }) }),
      },
    });
    expect(await screen.findByText(/Een concept gaat eerst ter review/)).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Publiceren' })).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Ter review sturen' }));
    expect(await screen.findByText('De publicatie staat nu ter review.')).toBeTruthy();
    expect(api.sent('POST', `${PATH}/review`)[0]?.body).toEqual({ expectedVersion: 1 });
    expect(screen.getByRole('button', { name: 'Terug naar concept' })).toBeTruthy();
  });

  it('keeps publishing off while the check runs, follows the check, and then while findings are open', async () => {
    let looks = 0;
    await renderApp({
      path: `/beheer/publicaties/${ID}`,
      routes: {
        ...signedInAs('adviser'),
        [`GET ${PATH}`]: () => {
          looks += 1;
          return {
            status: 200,
            body:
              looks === 1
                ? publication({ status: 'review', version: 2, checkCurrent: false, findings: [] })
                : publication({ status: 'review', version: 2, checkedVersion: 2, openFindings: 2 }),
          };
        },
        'GET /api/cases': NO_CASES,
      },
    });
    const publish = (await screen.findByRole('button', { name: 'Publiceren' })) as HTMLButtonElement;
    expect(publish.disabled).toBe(true);
    const reasons = document.getElementById(publish.getAttribute('aria-describedby') ?? '');
    expect(reasons?.textContent).toContain(
      'de controle op persoonsgegevens van deze versie is nog niet klaar.',
    );
    expect(screen.getByText('Nog geen bevindingen: de controle loopt.')).toBeTruthy();

    // Two seconds later the page asks again, and the check has run.
    expect(
      await screen.findByText(
        'Versie 2 is gecontroleerd: er staan 2 bevindingen open.',
        {},
        { timeout: 4000 },
      ),
    ).toBeTruthy();
    expect(looks).toBe(2);
    const after = screen.getByRole('button', { name: 'Publiceren' }) as HTMLButtonElement;
    expect(after.disabled).toBe(true);
    const now = document.getElementById(after.getAttribute('aria-describedby') ?? '')?.textContent ?? '';
    expect(now).toContain('er staan nog bevindingen open');
    expect(now).not.toContain('nog niet klaar');
    expect(document.querySelectorAll('[data-field="body"] mark')).toHaveLength(2);
    // Checked: no more asking.
    await new Promise((resolve) => setTimeout(resolve, 2500));
    expect(looks).toBe(2);
  }, 15_000);

  it('shows the problems when the API refuses to publish, and loads the publication again', async () => {
    let looks = 0;
    const { user } = await renderApp({
      path: `/beheer/publicaties/${ID}`,
      routes: {
        ...signedInAs('adviser'),
        [`GET ${PATH}`]: () => {
          looks += 1;
          return {
            status: 200,
            body: publication({ status: 'review', openFindings: 0, publishable: true, findings: [] }),
          };
        },
        'GET /api/cases': NO_CASES,
        [`POST ${PATH}/publish`]: () => ({
          status: 422,
          body: {
            statusCode: 422,
            code: 'rule_violated',
            message:
              'De controle op persoonsgegevens van deze versie is nog niet klaar. Probeer het zo opnieuw.',
            details: {
              problems: [
                { code: 'check_pending', field: null, message: 'The check has not finished.' },
                { code: 'case_not_shareable', field: 'caseIds', message: 'KP-2026-000001 is not there yet.' },
              ],
            },
          },
        }),
      },
    });
    const publish = (await screen.findByRole('button', { name: 'Publiceren' })) as HTMLButtonElement;
    expect(publish.disabled).toBe(false);
    expect(publish.getAttribute('aria-describedby')).toBeNull();
    await user.click(publish);
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Publiceren is geweigerd:');
    expect(
      within(alert)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual([
      'De controle op persoonsgegevens van deze versie is nog niet klaar. Probeer het zo opnieuw.',
      'Over een knelpunt wordt pas gepubliceerd vanaf de stap Delen; een gekozen knelpunt is nog niet zo ver.',
    ]);
    await waitFor(() => expect(looks).toBe(2));
  });

  it('publishes, then offers the newsletter HTML of a newsletter item', async () => {
    const published = publication({
      status: 'published',
      openFindings: 0,
      findings: [],
      publishedAt: '2026-03-02T10:00:00.000Z',
    });
    const { user, api } = await renderApp({
      path: `/beheer/publicaties/${ID}`,
      routes: {
        ...signedInAs('adviser'),
        [`GET ${PATH}`]: () => ({
          status: 200,
          body: publication({ status: 'review', openFindings: 0, publishable: true, findings: [] }),
        }),
        'GET /api/cases': NO_CASES,
        [`POST ${PATH}/publish`]: () => ({ status: 200, body: published }),
        [`GET ${PATH}/newsletter.html`]: () => ({ status: 200, body: '<article><h2>Vervoer</h2></article>' }),
      },
    });
    await user.click(await screen.findByRole('button', { name: 'Publiceren' }));
    expect(await screen.findByText('De publicatie is gepubliceerd.')).toBeTruthy();
    expect(api.sent('POST', `${PATH}/publish`)[0]?.body).toEqual({ expectedVersion: 1 });
    expect(screen.queryByRole('button', { name: 'Publiceren' })).toBeNull();
    expect(screen.queryByRole('heading', { name: 'Wijzigen' })).toBeNull();
    expect(
      screen.getByRole('link', { name: 'Bekijk op de openbare pagina Inzichten' }).getAttribute('href'),
    ).toBe(`/inzichten/${ID}`);

    const download = screen.getByRole('link', { name: 'Download de HTML' });
    expect(download.getAttribute('href')).toBe(`${PATH}/newsletter.html`);
    expect(download.getAttribute('download')).toBe('nieuwsbrief-yvonne-over-vervoer-naar-de-opvang.html');
    // No clipboard in the test browser: the HTML is shown to copy by hand.
    await user.click(screen.getByRole('button', { name: 'Kopieer de HTML' }));
    const html = (await screen.findByRole('textbox', {
      name: 'HTML voor de nieuwsbrief',
    })) as HTMLTextAreaElement;
    expect(html.value).toContain('<article><h2>Vervoer</h2></article>');
    expect(html.readOnly).toBe(true);
  });
});
