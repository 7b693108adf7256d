// The public part in a real browser: a member reports a signal on the form, follows it through the
// private link, sees bad input at the field it is about, and reads the form on a phone and in English.
// Every main public page is checked with axe-core and kept as a screenshot in test-artifacts/.
import { describe, expect, it } from '@jest/globals';
import type { Page } from 'playwright-core';
import { SignalEntity } from '@app/persistence';
import { keepScreenshot } from '../support/browser';
import { expectAccessible, setUpBrowserSystem } from '../support/browser-fixtures';
import { waitFor } from '../support/wait-for';

const SUBMIT_NL = 'Verstuur melding';

describe('the public part in a browser', () => {
  // A fresh browser profile per page, so a language choice in one test does not leak into another.
  const fixture = setUpBrowserSystem();

  async function openForm(page: Page): Promise<void> {
    await page.goto(`${fixture.web.baseUrl}/`);
    await page.getByRole('button', { name: SUBMIT_NL }).waitFor();
  }

  async function signalCount(): Promise<number> {
    return fixture.web.system.dataSource.getRepository(SignalEntity).count();
  }

  /** The error message shown at a control, found through the control's aria-describedby. */
  async function errorAt(page: Page, controlId: string): Promise<string> {
    const control = page.locator(`#${controlId}`);
    expect(await control.getAttribute('aria-invalid')).toBe('true');
    const describedBy = (await control.getAttribute('aria-describedby')) ?? '';
    expect(describedBy.split(' ')).toContain(`${controlId}-error`);
    const message = page.locator(`#${controlId}-error`);
    await message.waitFor();
    return (await message.innerText()).trim();
  }

  it('lets a member report a signal and follow it through the tracking link', async () => {
    const page = await fixture.newPage();
    const before = await signalCount();
    await openForm(page);
    await keepScreenshot(page, 'form');
    await expectAccessible(page);

    await page.getByLabel('Titel').fill('Geen lokaal voor de peutergroep');
    await page
      .getByLabel('Wat is er aan de hand?')
      .fill('De peutergroep kan niet in de school starten omdat er geen geschikt lokaal beschikbaar is.');
    await page.getByLabel('Kinderopvang').check();
    await page.getByLabel('Ja, neem contact met me op over deze melding').check();
    await page.getByLabel('E-mailadres').fill('ouder@example.nl');
    await page.getByRole('button', { name: SUBMIT_NL }).click();

    await page.getByRole('heading', { level: 1, name: 'Bedankt, je melding is verstuurd' }).waitFor();
    const stored = await fixture.web.system.dataSource
      .getRepository(SignalEntity)
      .findOneByOrFail({ title: 'Geen lokaal voor de peutergroep' });
    expect(await signalCount()).toBe(before + 1);
    expect(stored.domains).toEqual(['childcare']);
    expect(stored.email).toBe('ouder@example.nl');
    expect((await page.locator('.sr-reference').innerText()).trim()).toBe(stored.reference);
    const trackingLink = page.getByRole('link', { name: 'Volg je melding' });
    const href = (await trackingLink.getAttribute('href')) ?? '';
    expect(href.startsWith(`${fixture.web.baseUrl}/track/`)).toBe(true);
    await keepScreenshot(page, 'sent');
    await expectAccessible(page);

    // The worker acknowledges a new signal and moves it on to triage; wait for that, so the page has
    // one known position to show.
    await waitFor(
      async () =>
        (await fixture.web.system.dataSource.getRepository(SignalEntity).findOneByOrFail({ id: stored.id }))
          .step === 'triage',
      'the signal to reach triage',
    );
    await trackingLink.click();
    await page.waitForURL(href);
    await page.getByRole('heading', { level: 2, name: 'Geen lokaal voor de peutergroep' }).waitFor();
    expect(await page.locator('.sr-facts dd').first().innerText()).toBe(stored.reference);
    // All seven steps in order: intake done, triage ("Oogsten") current, the other five still to come.
    const steps = page.getByRole('list', { name: 'De zeven stappen' }).getByRole('listitem');
    expect(await steps.count()).toBe(7);
    const current = page.locator('[aria-current="step"]');
    expect(await current.count()).toBe(1);
    expect(await current.locator('.sr-step__name').innerText()).toBe('Oogsten');
    expect(await steps.nth(1).getAttribute('aria-current')).toBe('step');
    expect(await steps.nth(0).getAttribute('class')).toContain('sr-step--done');
    expect(await page.locator('.sr-step--upcoming').count()).toBe(5);
    expect(await page.locator('.sr-status').innerText()).toContain('Oogsten');
    await keepScreenshot(page, 'tracking');
    await expectAccessible(page);
  });

  it('shows a bad field at that field and stores nothing', async () => {
    const page = await fixture.newPage();
    const before = await signalCount();
    await openForm(page);

    await page.getByLabel('Titel').fill('Wachtlijst jeugdhulp');
    await page.getByLabel('Wat is er aan de hand?').fill('Te kort');
    await page.getByLabel('Jeugdhulp').check();
    await page.getByLabel('Ja, neem contact met me op over deze melding').check();
    await page.getByLabel('E-mailadres').fill('geen-adres');
    await page.getByRole('button', { name: SUBMIT_NL }).click();

    const summary = page.locator('.sr-error-summary');
    await summary.waitFor();
    const descriptionError = await errorAt(page, 'signal-description');
    const emailError = await errorAt(page, 'signal-email');
    expect(descriptionError).toMatch(/20/);
    expect(emailError.length).toBeGreaterThan(0);
    // The summary repeats both messages, each linking to its field; the valid title has none.
    const summaryText = await summary.innerText();
    expect(summaryText).toContain(descriptionError);
    expect(summaryText).toContain(emailError);
    expect(await page.locator('#signal-title').getAttribute('aria-invalid')).not.toBe('true');
    expect(await page.locator('#signal-title-error').count()).toBe(0);
    await summary.getByRole('link', { name: descriptionError }).click();
    expect(await page.evaluate('document.activeElement && document.activeElement.id')).toBe(
      'signal-description',
    );

    expect(await signalCount()).toBe(before);
    await keepScreenshot(page, 'form-errors');
    await expectAccessible(page);
  });

  it('fits a phone screen (375 px) without scrolling sideways, also with errors shown', async () => {
    const page = await fixture.newPage({ width: 375, height: 812 });
    await openForm(page);
    const overflow = () =>
      page.evaluate('document.documentElement.scrollWidth - document.documentElement.clientWidth');
    expect(await page.evaluate('document.documentElement.clientWidth')).toBe(375);
    expect(await overflow()).toBeLessThanOrEqual(0);

    await page.getByLabel('Ja, neem contact met me op over deze melding').check();
    await page.getByRole('button', { name: SUBMIT_NL }).click();
    await page.locator('.sr-error-summary').waitFor();
    expect(await overflow()).toBeLessThanOrEqual(0);
    await keepScreenshot(page, 'form-phone');
  });

  it('switches the interface to English', async () => {
    const page = await fixture.newPage();
    await openForm(page);
    expect(await page.evaluate('document.documentElement.lang')).toBe('nl');

    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { level: 1, name: 'Report a bottleneck' }).waitFor();
    expect(await page.evaluate('document.documentElement.lang')).toBe('en');
    await page.getByRole('button', { name: 'Send signal' }).waitFor();
    expect(await page.getByRole('button', { name: SUBMIT_NL }).count()).toBe(0);
    await page.getByRole('button', { name: 'Nederlands' }).waitFor();

    // The choice is remembered on the next visit.
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Report a bottleneck' }).waitFor();
  });

  it('warns about personal data while a phone number is typed', async () => {
    const page = await fixture.newPage();
    await openForm(page);
    const description = page.getByLabel('Wat is er aan de hand?');
    const warning = page.locator('#signal-description-warning');
    await description.pressSequentially('Bel de moeder van het kind op ');
    expect((await warning.innerText()).trim()).toBe('');

    await description.pressSequentially('06-12345678');
    await warning.getByText(/telefoonnummer/).waitFor();
    expect(await description.getAttribute('aria-describedby')).toContain('signal-description-warning');
    expect(await page.locator('#signal-title-warning').innerText()).toBe('');
  });

  it('shows the sign-in page', async () => {
    const page = await fixture.newPage();
    await page.goto(`${fixture.web.baseUrl}/inloggen`);
    await page.getByRole('heading', { level: 1, name: 'Inloggen' }).waitFor();
    await page.getByRole('button', { name: 'Stuur me een inloglink' }).waitFor();
    await keepScreenshot(page, 'sign-in');
    await expectAccessible(page);
  });

  it('reports how long the form takes to become usable (a benchmark, not asserted)', async () => {
    const page = await fixture.newPage();
    await openForm(page);
    const timing = (await page.evaluate(`(() => {
      const nav = performance.getEntriesByType('navigation')[0];
      return { domContentLoaded: nav.domContentLoadedEventEnd, load: nav.loadEventEnd, now: performance.now() };
    })()`)) as { domContentLoaded: number; load: number; now: number };
    // `now` is taken just after the submit button was found enabled: an upper bound of time to interactive.
    console.log(
      `form page on this machine: DOMContentLoaded ${Math.round(timing.domContentLoaded)} ms, ` +
        `load ${Math.round(timing.load)} ms, submit button usable by ${Math.round(timing.now)} ms`,
    );
    expect(await page.getByRole('button', { name: SUBMIT_NL }).isEnabled()).toBe(true);
  });
});
