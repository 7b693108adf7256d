// An expert's analysis in a real browser: an adviser's case in deepening gets the test expert assigned
// with a due date (through the API); the expert signs in, lands on "Mijn analyses", opens the case,
// saves a draft that survives a reload, is told what is still missing when submitting too early, then
// submits the complete analysis, which the adviser then reads as submitted. Each page is checked with axe.
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

const FUNDING = 'Huisvesting voor peuters valt tussen de geldstromen van onderwijs en kinderopvang.';
const ROOT_CAUSE = 'Niemand is verantwoordelijk voor de huisvesting van een voorschool in een school.';

interface AnalysisView {
  assignmentId: string;
  status: string;
  version: number;
  proposedHandlingOption: string | null;
  rootCauseSummary: string;
  causeAreas: Record<string, { playsRole: boolean | null; explanation: string }>;
}

describe('an expert analysis in a browser', () => {
  const fixture = setUpBrowserSystem();

  it('lets a staff expert save a draft, keep it across a reload, and submit it', async () => {
    const { web, http } = fixture;
    const adviser = web.system.as('adviser');

    // A case in deepening, from a submitted signal.
    const caseId = await openCaseFromSignal(http, adviser, SIGNAL);
    await moveCase(http, adviser, caseId, { to: 'deepening' });

    // The test expert is assigned, with a due date.
    const dueOn = dayFromNow(14);
    const assigned = await http
      .post(`/api/cases/${caseId}/experts`)
      .set(adviser)
      .send({ expertId: web.system.users.expert.id, dueOn })
      .expect(200);
    const [assignment] = assigned.body as { assignmentId: string; dueOn: string }[];
    expect(assignment?.dueOn).toBe(dueOn);

    // The expert signs in and lands on their analyses.
    const page = await fixture.newPage();
    await signInAsStaff(page, web, 'expert');
    await page.getByRole('heading', { level: 1, name: 'Mijn analyses' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/analyses');
    await page.getByText('Nog niet begonnen').waitFor();
    await expectAccessible(page);

    // The analysis page: the case, without who reported it, and the form.
    await page.getByRole('link', { name: SIGNAL.title }).click();
    await page.getByRole('heading', { level: 2, name: `Het knelpunt: ${SIGNAL.title}` }).waitFor();
    expect(new URL(page.url()).pathname).toBe(`/analyses/${assignment?.assignmentId}`);
    await page.getByText(SIGNAL.description).waitFor();
    await expectAccessible(page);

    // A draft with one finding.
    const funding = page.getByRole('radiogroup', { name: 'Speelt financiering een rol?' });
    await funding.getByLabel('Ja, dit speelt een rol').check();
    await page.getByLabel('Toelichting bij financiering').fill(FUNDING);
    await page.getByRole('button', { name: 'Concept opslaan' }).click();
    await page.getByText('Concept opgeslagen (versie 1).').waitFor();

    // Kept across a reload.
    await page.reload();
    await page.getByRole('heading', { level: 2, name: 'Jouw analyse' }).waitFor();
    await page.getByLabel('Toelichting bij financiering').waitFor();
    expect(await page.getByLabel('Toelichting bij financiering').inputValue()).toBe(FUNDING);
    expect(
      await page
        .getByRole('radiogroup', { name: 'Speelt financiering een rol?' })
        .getByLabel('Ja, dit speelt een rol')
        .isChecked(),
    ).toBe(true);
    await page.getByText(/^Versie 1: concept/).waitFor();

    // Submitting too early: what is missing, at the fields and in the summary.
    await page.getByRole('button', { name: 'Indienen' }).click();
    const summary = page.locator('.sr-error-summary');
    await summary.getByRole('heading', { name: 'Controleer dit nog' }).waitFor();
    await summary.getByRole('link', { name: /Wet- en regelgeving/ }).waitFor();
    await summary.getByRole('link', { name: /onderliggende oorzaak/ }).waitFor();
    await keepScreenshot(page, 'analysis-incomplete');
    await expectAccessible(page);

    // Everything filled in, then submitted.
    for (const question of [
      'Speelt wet- en regelgeving een rol?',
      'Speelt sturing en verantwoording een rol?',
      'Speelt besluitvorming en organisatie een rol?',
      'Speelt communicatie een rol?',
    ]) {
      await page.getByRole('radiogroup', { name: question }).getByLabel('Nee, dit speelt geen rol').check();
    }
    await page.getByLabel('Samenvatting van de onderliggende oorzaak').fill(ROOT_CAUSE);
    await page.getByLabel('Voorgestelde handelingsoptie').selectOption('funding_experiment');
    await page.getByRole('button', { name: 'Indienen' }).click();
    await page.getByText('Je analyse is ingediend (versie 2). Dank je wel!').waitFor();
    await page.getByRole('button', { name: 'Opnieuw indienen' }).waitFor();
    expect(await page.locator('.sr-error-summary').count()).toBe(0);
    await keepScreenshot(page, 'analysis-submitted');
    await expectAccessible(page);

    // The adviser reads it as submitted.
    const analyses = (await http.get(`/api/cases/${caseId}/analyses`).set(adviser).expect(200))
      .body as AnalysisView[];
    expect(analyses).toHaveLength(1);
    expect(analyses[0]).toMatchObject({
      assignmentId: assignment?.assignmentId,
      status: 'submitted',
      version: 2,
      proposedHandlingOption: 'funding_experiment',
      rootCauseSummary: ROOT_CAUSE,
    });
    expect(analyses[0]?.causeAreas.funding).toEqual({ playsRole: true, explanation: FUNDING });
    expect(analyses[0]?.causeAreas.legislation).toEqual({ playsRole: false, explanation: '' });

    // On the case page the adviser sees the expert's status and the analysis with its proposal.
    const adviserPage = await fixture.newPage();
    await signInAsStaff(adviserPage, web, 'adviser', `/knelpunten/${caseId}`);
    await adviserPage.getByRole('heading', { level: 1, name: SIGNAL.title }).waitFor();
    const experts = adviserPage.getByRole('region', { name: 'Experts' });
    await experts.locator('li', { hasText: web.system.users.expert.displayName }).waitFor();
    await experts.getByText(/^ingediend op/).waitFor();
    const analysis = adviserPage.getByRole('article', {
      name: `Analyse van ${web.system.users.expert.displayName}`,
    });
    await analysis.getByText(ROOT_CAUSE).waitFor();
    await keepScreenshot(adviserPage, 'case-analyses');
    await expectAccessible(adviserPage);
  }, 120_000);
});
