// The staff part in a real browser: an adviser signs in, lands on the inbox, triages a submitted
// signal into a new case with its suggestions side by side, and moves the case from recognition to
// deepening on the case page. Each staff page is checked with axe-core and kept as a screenshot.
import { copyFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { ARTIFACTS, keepScreenshot } from '../support/browser';
import {
  expectAccessible,
  setUpBrowserSystem,
  signInAsStaff,
  submitSignal,
  triagedSignal,
} from '../support/browser-fixtures';

const SIGNAL = {
  title: 'Geen lokaal voor de peutergroep in de basisschool',
  description:
    'Wij wilden met de kinderopvang een peutergroep in onze basisschool starten. Alles was geregeld, behalve ' +
    'een lokaal dat geschikt is voor peuters. Bel me gerust op 06-12345678. Het plan ligt nu stil.',
  domains: ['childcare', 'education'],
  region: 'Utrecht',
  submitterRole: 'school_leader',
  channel: 'website',
};

interface SignalDetail {
  reference: string;
  caseId: string | null;
  suggestions: { personalData: unknown[] } | null;
}

describe('the staff screens in a browser', () => {
  const fixture = setUpBrowserSystem();

  it('lets an adviser triage a new signal into a case and move the case on', async () => {
    const { web, http } = fixture;
    const adviser = web.system.as('adviser');
    const signalId = await submitSignal(http, SIGNAL);
    const detail = await triagedSignal<SignalDetail>(http, adviser, signalId);
    expect(detail.suggestions?.personalData.length).toBeGreaterThan(0);

    const page = await fixture.newPage();

    // Sign in; an adviser lands on the inbox.
    await signInAsStaff(page, web, 'adviser');
    await page.getByRole('heading', { level: 1, name: 'Inbox: nieuwe meldingen' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/inbox');

    // Open the signal: its text with the phone number marked, and the suggestions beside the list.
    await page.getByRole('button', { name: SIGNAL.title }).click();
    const panel = page.getByRole('region', { name: SIGNAL.title });
    await panel.getByRole('heading', { name: 'Suggesties' }).waitFor();
    expect(await panel.locator('mark').first().innerText()).toContain('06-12345678');
    await keepScreenshot(page, 'inbox');
    mkdirSync(join(__dirname, '..', '..', 'docs', 'screenshots'), { recursive: true });
    copyFileSync(
      join(ARTIFACTS, 'inbox.png'),
      join(__dirname, '..', '..', 'docs', 'screenshots', 'inbox.png'),
    );
    await expectAccessible(page);

    // One action: a new case for it.
    await panel.getByRole('button', { name: 'Open een nieuw knelpunt' }).click();
    await page.getByText('Nieuw knelpunt geopend.').waitFor();
    const linked = (await http.get(`/api/signals/${signalId}`).set(adviser).expect(200)).body as SignalDetail;
    expect(linked.caseId).toEqual(expect.any(String));

    // The case page: from recognition to deepening.
    await page.getByRole('link', { name: 'Naar het knelpunt' }).click();
    await page.getByRole('heading', { level: 1, name: SIGNAL.title }).waitFor();
    expect(new URL(page.url()).pathname).toBe(`/knelpunten/${linked.caseId}`);
    await page.getByText(detail.reference).first().waitFor();
    await expectAccessible(page);
    await page.getByRole('button', { name: 'Naar verdiepen' }).click();
    await page.getByText('Het knelpunt staat nu in stap Verdiepen.').waitFor();
    await keepScreenshot(page, 'case');
    await expectAccessible(page);
    const moved = await http.get(`/api/cases/${linked.caseId}`).set(adviser).expect(200);
    expect((moved.body as { step: string }).step).toBe('deepening');

    // The board shows it in the deepening column.
    await page
      .getByRole('navigation', { name: 'Hoofdmenu' })
      .getByRole('link', { name: 'Knelpunten' })
      .click();
    const column = page.getByRole('region', { name: 'Verdiepen' });
    await column.getByRole('link', { name: SIGNAL.title }).waitFor();
    await keepScreenshot(page, 'board');
    await expectAccessible(page);

    // The board on a phone: the columns stack, one under the other.
    await page.setViewportSize({ width: 375, height: 800 });
    const recognition = await page.getByRole('region', { name: 'Toetsen' }).boundingBox();
    const deepening = await column.boundingBox();
    expect(deepening && recognition && deepening.y > recognition.y && deepening.x === recognition.x).toBe(
      true,
    );
    await keepScreenshot(page, 'board-phone');
  }, 120_000);

  it('lets an admin see the accounts and change a role', async () => {
    const { web } = fixture;
    const page = await fixture.newPage();
    await signInAsStaff(page, web, 'admin');
    await page.getByRole('heading', { level: 1, name: 'Inbox: nieuwe meldingen' }).waitFor();

    await page
      .getByRole('navigation', { name: 'Hoofdmenu' })
      .getByRole('link', { name: 'Gebruikers' })
      .click();
    const expert = web.system.users.expert;
    await page.getByLabel(`Rol van ${expert.displayName}`).selectOption('liaison');
    await page
      .getByRole('listitem')
      .filter({ hasText: expert.email })
      .getByRole('button', { name: 'Rol opslaan' })
      .click();
    await page.getByText(`De rol van ${expert.displayName} is gewijzigd.`).waitFor();
    const users = (await fixture.http.get('/api/users?role=liaison').set(web.system.as('admin')).expect(200))
      .body as { items: { id: string }[] };
    expect(users.items.map((u) => u.id)).toContain(expert.id);
    await keepScreenshot(page, 'users');
    await expectAccessible(page);
  }, 60_000);
});
