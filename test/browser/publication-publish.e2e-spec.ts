// Sharing (step 5) in a real browser: an adviser's case is taken to sharing through the API; in Chromium
// the adviser writes a newsletter item about it from the case page, with an e-mail address in its text.
// The personal-data check marks the address in place; the adviser takes it out, waits for the check of
// the new version, sends the item to review and publishes it. Anyone then finds it on /inzichten and
// opens it. Each page is checked with axe.
import { describe, expect, it } from '@jest/globals';
import type request from 'supertest';
import { keepScreenshot } from '../support/browser';
import {
  expectAccessible,
  moveCaseToSharing,
  openCaseFromSignal,
  setUpBrowserSystem,
  signInAsStaff,
} from '../support/browser-fixtures';

const SIGNAL = {
  title: 'Taxi naar de opvang sluit niet aan op de school',
  description:
    'Het leerlingenvervoer brengt kinderen naar school, maar niet naar de opvang erna. ' +
    'Gemeente en opvang wijzen naar elkaar, dus ouders regelen het zelf.',
  domains: ['childcare', 'education'],
  region: 'Utrecht',
  submitterRole: 'parent',
  channel: 'website',
};

const CASE_TITLE = 'Vervoer tussen school en opvang sluit niet aan';
const TITLE = 'Vervoer en opvang: wat het netwerk ziet';
const SUMMARY = 'Waarom vervoer tussen school en opvang vastloopt, en wat daaraan te doen is.';
const EMAIL = 'redactie.test@example.nl';
const FIXED_BODY =
  'Leden uit onderwijs en kinderopvang zien hetzelfde: het vervoer stopt bij de schooldeur. ' +
  'Herken je dit? Reageer via het meldformulier.';
const BODY_WITH_EMAIL = `${FIXED_BODY} Of mail naar ${EMAIL} voor een gesprek.`;

describe('publishing an insight in a browser', () => {
  const fixture = setUpBrowserSystem();

  it('marks personal data, waits for the check of the fixed text, and publishes to /inzichten', async () => {
    const { web, http } = fixture;
    const adviser = web.system.as('adviser');

    // A case in sharing, from a submitted signal.
    const caseId = await openCaseFromSignal(http, adviser, SIGNAL, CASE_TITLE);
    await moveCaseToSharing(http, adviser, web.system, caseId);

    // From the case page to a new publication about it.
    const page = await fixture.newPage();
    await signInAsStaff(page, web, 'adviser', `/knelpunten/${caseId}`);
    await page.getByRole('heading', { level: 1, name: CASE_TITLE }).waitFor();
    await page
      .getByRole('region', { name: 'Publicaties' })
      .getByRole('link', { name: 'Nieuwe publicatie' })
      .click();
    await page.getByRole('heading', { level: 1, name: 'Nieuwe publicatie' }).waitFor();
    const chosenCase = page.getByRole('group', { name: 'Over welke knelpunten?' }).getByRole('checkbox');
    await chosenCase.first().waitFor();
    expect(await chosenCase.count()).toBe(1);
    expect(await chosenCase.first().isChecked()).toBe(true);
    await expectAccessible(page);

    await page.getByRole('radio', { name: 'Nieuwsbrief-item' }).check();
    await page.getByRole('textbox', { name: 'Titel' }).fill(TITLE);
    await page.getByRole('textbox', { name: /Samenvatting/ }).fill(SUMMARY);
    await page.getByRole('textbox', { name: 'Tekst' }).fill(BODY_WITH_EMAIL);
    await page.getByRole('button', { name: 'Concept opslaan' }).click();
    await page.getByRole('heading', { level: 1, name: TITLE }).waitFor();
    await page.getByText('De publicatie is opgeslagen als concept.', { exact: false }).waitFor();

    // The check finds the address and marks it where it is in the text.
    await page
      .getByText('Versie 1 is gecontroleerd: er staat 1 bevinding open.')
      .waitFor({ timeout: 20_000 });
    const mark = page.locator('[data-field="body"] mark');
    expect(await mark.count()).toBe(1);
    expect(await mark.innerText()).toContain(EMAIL);
    expect(await mark.locator('.sr-visually-hidden').textContent()).toBe(
      ' (persoonsgegeven: e-mailadres, open)',
    );
    await page
      .getByRole('complementary', { name: 'Bevindingen' })
      .getByText('e-mailadres in tekst')
      .waitFor();
    await keepScreenshot(page, 'publication-finding');
    await expectAccessible(page);

    // The text is fixed; the page follows the check of the new version.
    await page.getByRole('textbox', { name: 'Tekst' }).fill(FIXED_BODY);
    await page.getByRole('button', { name: 'Wijzigingen opslaan' }).click();
    await page.getByText('Opgeslagen.').waitFor();
    await page
      .getByText('Versie 2 is gecontroleerd: er staat geen bevinding open.')
      .waitFor({ timeout: 20_000 });
    expect(await page.locator('[data-field="body"] mark').count()).toBe(0);
    await page.getByText('Opgeloste bevindingen (1)').waitFor();

    // Review, then publish.
    await page.getByRole('button', { name: 'Ter review sturen' }).click();
    await page.getByText('De publicatie staat nu ter review.').waitFor();
    const publish = page.getByRole('button', { name: 'Publiceren' });
    expect(await publish.isEnabled()).toBe(true);
    await expectAccessible(page);
    await publish.click();
    await page.getByText('De publicatie is gepubliceerd.').waitFor();
    await page.getByRole('link', { name: 'Download de HTML' }).waitFor();
    await keepScreenshot(page, 'publication-published');
    await expectAccessible(page);

    // Anyone finds it among the insights, with the feed announced in the head.
    const visitor = await fixture.newPage();
    await visitor.goto(`${web.baseUrl}/inzichten`);
    await visitor.getByRole('heading', { level: 1, name: 'Inzichten uit het netwerk' }).waitFor();
    const item = visitor.getByRole('heading', { level: 2, name: TITLE });
    await item.waitFor();
    await visitor.getByText(SUMMARY).waitFor();
    await visitor.getByText(`Over: ${await caseReference(http, adviser, caseId)}: ${CASE_TITLE}`).waitFor();
    expect(
      await visitor.locator('head link[rel="alternate"][type="application/atom+xml"]').getAttribute('href'),
    ).toBe('/api/public/insights.atom');
    await keepScreenshot(visitor, 'insights');
    await expectAccessible(visitor);

    await item.getByRole('link').click();
    await visitor.getByRole('article', { name: TITLE }).getByText(FIXED_BODY).waitFor();
    expect(await visitor.getByText(EMAIL).count()).toBe(0);
    await expectAccessible(visitor);
  }, 120_000);
});

async function caseReference(
  http: ReturnType<typeof request>,
  staff: Record<string, string>,
  caseId: string,
): Promise<string> {
  const detail = await http.get(`/api/cases/${caseId}`).set(staff).expect(200);
  return (detail.body as { reference: string }).reference;
}
