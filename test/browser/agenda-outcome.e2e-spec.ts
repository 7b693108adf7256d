// An agenda item followed to its outcome in a real browser: through the API an admin registers a table
// with the test liaison, and an adviser takes a case by the shortcut from recognition to the agenda and
// puts it on that table. The liaison signs in, lands on the agenda of their tables, opens the item and
// records each move with the fields it needs: submitted, scheduled (after being told the date is
// missing), discussed, and the outcome (a commitment with a note). The history shows every move, and
// the adviser reads the outcome through the API. Each page is checked with axe.
import { describe, expect, it } from '@jest/globals';
import { keepScreenshot } from '../support/browser';
import {
  PRESCHOOL_SIGNAL as SIGNAL,
  dayFromNow,
  expectAccessible,
  moveCase,
  openCaseFromSignal,
  setUpBrowserSystem,
  signInAsStaff,
} from '../support/browser-fixtures';

const TABLE = 'Onderwijs-Zorg-Kinderopvang-tafel';
const ASK = 'Wilt u één budget per regio mogelijk maken voor de huisvesting van voorscholen?';
const OUTCOME_NOTE = 'Het ministerie onderzoekt vóór de zomer één budget per regio.';

interface AgendaItemView {
  id: string;
  status: string;
  meetingDate: string | null;
  outcome: string | null;
  outcomeNote: string | null;
  events: { from: string | null; to: string; actorId: string | null; note: string }[];
}

describe('an agenda item to its outcome in a browser', () => {
  const fixture = setUpBrowserSystem();

  it('lets the liaison record each move up to the outcome', async () => {
    const { web, http } = fixture;
    const adviser = web.system.as('adviser');
    const admin = web.system.as('admin');
    const liaison = web.system.users.liaison;

    // A table in the register, with the test liaison.
    const table = (await http.post('/api/tables').set(admin).send({ name: TABLE, kind: 'table' }).expect(201))
      .body as { id: string };
    await http
      .put(`/api/tables/${table.id}/liaisons`)
      .set(admin)
      .send({ userIds: [liaison.id] })
      .expect(200);

    // A case that takes the shortcut from recognition to the agenda, then an item at the table.
    const caseId = await openCaseFromSignal(http, adviser, SIGNAL);
    await moveCase(http, adviser, caseId, {
      to: 'agenda',
      reason: 'Al breed herkend in het netwerk.',
      handlingOption: 'funding_experiment',
    });
    const item = (
      await http
        .post(`/api/cases/${caseId}/agenda-items`)
        .set(adviser)
        .send({ tableId: table.id, ask: ASK })
        .expect(201)
    ).body as AgendaItemView;

    // The liaison signs in and lands on the agenda of their tables.
    const page = await fixture.newPage();
    await signInAsStaff(page, web, 'liaison');
    await page.getByRole('heading', { level: 1, name: 'Agenda: knelpunten aan landelijke tafels' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/agenda');
    const myTables = page.getByRole('region', { name: 'Mijn tafels' });
    await myTables.getByRole('article', { name: TABLE }).waitFor();
    await myTables.getByRole('heading', { level: 4, name: 'Voorgesteld (1)' }).waitFor();
    await keepScreenshot(page, 'agenda-overview');
    await expectAccessible(page);

    // The meeting brief opens with the session of the page.
    const briefLink = myTables.getByRole('link', { name: `Vergaderstuk ${TABLE} (webpagina)` });
    const brief = await page.request.get(
      new URL((await briefLink.getAttribute('href')) ?? '', web.baseUrl).href,
    );
    expect(brief.status()).toBe(200);
    expect(brief.headers()['content-type']).toMatch(/^text\/html/);

    // The item: the case, what is asked, and one way on.
    await myTables.getByRole('link', { name: SIGNAL.title }).click();
    await page.getByRole('heading', { level: 1, name: SIGNAL.title }).waitFor();
    expect(new URL(page.url()).pathname).toBe(`/agenda/${item.id}`);
    await page.getByText(ASK).waitFor();
    const move = page.getByRole('region', { name: 'Volgende stap vastleggen' });
    expect(await move.getByRole('radio').count()).toBe(1);
    await expectAccessible(page);

    // Submitted to the table.
    await move.getByLabel('Wat is er gebeurd?').fill('Aangemeld bij het secretariaat van de tafel.');
    await move.getByRole('button', { name: 'Ingediend bij de tafel' }).click();
    await page.getByText('Vastgelegd. Het agendapunt staat nu op: Ingediend.').waitFor();

    // Scheduled: without a date the API says it is missing, at the date field.
    await move.getByLabel('Wat is er gebeurd?').fill('De tafel neemt het mee in haar volgende vergadering.');
    await move.getByRole('button', { name: 'Geagendeerd voor een vergadering' }).click();
    const summary = page.locator('.sr-error-summary');
    await summary.getByRole('link', { name: 'Vul de vergaderdatum in.' }).waitFor();
    expect(await page.getByText('Vastgelegd. Het agendapunt staat nu op: Ingediend.').count()).toBe(0);
    expect(await move.getByLabel('Vergaderdatum').getAttribute('aria-invalid')).toBe('true');
    await keepScreenshot(page, 'agenda-move-missing-date');
    await expectAccessible(page);
    const meetingDate = dayFromNow(14);
    await move.getByLabel('Vergaderdatum').fill(meetingDate);
    await move.getByRole('button', { name: 'Geagendeerd voor een vergadering' }).click();
    await page.getByText('Vastgelegd. Het agendapunt staat nu op: Geagendeerd.').waitFor();
    expect(await page.locator('.sr-error-summary').count()).toBe(0);

    // Discussed: two ways on now (another date, or discussed); the liaison chooses.
    expect(await move.getByRole('radio').count()).toBe(2);
    await move.getByRole('radio', { name: 'Besproken in de vergadering' }).check();
    await move.getByLabel('Wat is er gebeurd?').fill('Besproken; het ministerie komt erop terug.');
    await move.getByRole('button', { name: 'Besproken in de vergadering' }).click();
    await page.getByText('Vastgelegd. Het agendapunt staat nu op: Besproken.').waitFor();

    // The outcome: a commitment, with a note.
    await move.getByLabel('Uitkomst', { exact: true }).selectOption('commitment');
    await move.getByLabel('Toelichting bij de uitkomst').fill(OUTCOME_NOTE);
    await move.getByLabel('Wat is er gebeurd?').fill('Toezegging gekregen in de vergadering.');
    await move.getByRole('button', { name: 'Uitkomst vastleggen' }).click();
    await page.getByText('Vastgelegd. Het agendapunt staat nu op: Uitkomst bekend.').waitFor();

    // The history: every move, by the liaison, with its note and what it recorded.
    const history = page.getByRole('region', { name: 'Verloop' });
    const entries = history.getByRole('listitem');
    expect(await entries.count()).toBe(5);
    const newest = entries.first();
    await newest.getByText(`Besproken → Uitkomst bekend`).waitFor();
    expect(await newest.textContent()).toContain(`door ${liaison.displayName}`);
    await newest.getByText('Uitkomst: Toezegging').waitFor();
    await newest.getByText(`Toelichting: ${OUTCOME_NOTE}`).waitFor();
    await newest.getByText('Notitie: Toezegging gekregen in de vergadering.').waitFor();
    await history.getByText('Ingediend → Geagendeerd').waitFor();
    await keepScreenshot(page, 'agenda-outcome');
    await expectAccessible(page);

    // The adviser reads the outcome through the API.
    const recorded = (await http.get(`/api/agenda-items/${item.id}`).set(adviser).expect(200))
      .body as AgendaItemView;
    expect(recorded).toMatchObject({
      status: 'outcome',
      meetingDate,
      outcome: 'commitment',
      outcomeNote: OUTCOME_NOTE,
    });
    expect(recorded.events.map((event) => [event.from, event.to])).toEqual([
      [null, 'proposed'],
      ['proposed', 'submitted'],
      ['submitted', 'scheduled'],
      ['scheduled', 'discussed'],
      ['discussed', 'outcome'],
    ]);
    expect(recorded.events.slice(1).every((event) => event.actorId === liaison.id)).toBe(true);
  }, 120_000);
});
