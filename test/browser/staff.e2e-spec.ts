// The staff part in a real browser: an adviser signs in, lands on the inbox, triages a submitted
// signal into a new case with its suggestions side by side, and moves the case from recognition to
// deepening on the case page. Each staff page is checked with axe-core and kept as a screenshot.
import { copyFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { BrowserContext, Page } from 'playwright-core';
import request from 'supertest';
import {
  ARTIFACTS,
  keepScreenshot,
  seriousAccessibilityViolations,
  startBrowserSystem,
  type BrowserSystem,
} from '../support/browser';
import { TEST_PASSWORD } from '../support/test-system';
import { waitFor } from '../support/wait-for';

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
  let web: BrowserSystem;
  let context: BrowserContext | undefined;

  beforeAll(async () => {
    web = await startBrowserSystem();
  }, 120_000);

  afterAll(async () => {
    await context?.close();
    await web?.close();
  });

  async function expectAccessible(page: Page): Promise<void> {
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
  }

  it('lets an adviser triage a new signal into a case and move the case on', async () => {
    const http = request(web.system.api.getHttpServer());
    const adviser = web.system.as('adviser');
    const submitted = await http.post('/api/signals').send(SIGNAL).expect(201);
    const signalId = (submitted.body as { id: string }).id;
    const detail = await waitFor(async () => {
      const response = await http.get(`/api/signals/${signalId}`).set(adviser).expect(200);
      const body = response.body as SignalDetail;
      return body.suggestions ? body : undefined;
    }, 'the triage suggestions');
    expect(detail.suggestions?.personalData.length).toBeGreaterThan(0);

    context = await web.browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'nl-NL' });
    const page = await context.newPage();

    // Sign in; an adviser lands on the inbox.
    await page.goto(`${web.baseUrl}/inloggen`);
    await page.locator('#staff-email').fill(web.system.users.adviser.email);
    await page.locator('#staff-password').fill(TEST_PASSWORD);
    await page.getByRole('button', { name: 'Inloggen', exact: true }).click();
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
    const admin = await web.browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'nl-NL' });
    try {
      const page = await admin.newPage();
      await page.goto(`${web.baseUrl}/inloggen`);
      await page.locator('#staff-email').fill(web.system.users.admin.email);
      await page.locator('#staff-password').fill(TEST_PASSWORD);
      await page.getByRole('button', { name: 'Inloggen', exact: true }).click();
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
      const users = (
        await request(web.system.api.getHttpServer())
          .get('/api/users?role=liaison')
          .set(web.system.as('admin'))
          .expect(200)
      ).body as { items: { id: string }[] };
      expect(users.items.map((u) => u.id)).toContain(expert.id);
      await keepScreenshot(page, 'users');
      await expectAccessible(page);
    } finally {
      await admin.close();
    }
  }, 60_000);
});
