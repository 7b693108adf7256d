// The setup every browser test shares, kept in one place: the system, a client for its API and a fresh
// Dutch browser profile per page, the axe check, a staff sign-in, and a signal, its case and the case's
// moves made through the API.
import { afterAll, beforeAll, expect } from '@jest/globals';
import type { BrowserContext, Page } from 'playwright-core';
import request from 'supertest';
import { AnalysisEntity, CaseAssignmentEntity } from '@app/persistence';
import { CAUSE_AREAS } from '@app/workflow';
import { seriousAccessibilityViolations, startBrowserSystem, type BrowserSystem } from './browser';
import { TEST_PASSWORD, type TestSystem } from './test-system';
import { waitFor } from './wait-for';

type Http = ReturnType<typeof request>;
type Headers = Record<string, string>;

const DESKTOP = { width: 1280, height: 900 };

export interface BrowserFixture {
  /** The running system; there from the describe block's beforeAll on. */
  readonly web: BrowserSystem;
  /** A client for the system's API, to set up through the API what a test needs. */
  readonly http: Http;
  /** A page in a fresh browser profile (Dutch; desktop size unless told), closed after the tests. */
  newPage(viewport?: { width: number; height: number }): Promise<Page>;
}

/** Starts the browser system before the tests of the describe block it is called in, and closes it after. */
export function setUpBrowserSystem(): BrowserFixture {
  let started: BrowserSystem | undefined;
  const contexts: BrowserContext[] = [];

  beforeAll(async () => {
    started = await startBrowserSystem();
  }, 120_000);

  afterAll(async () => {
    for (const context of contexts) await context.close();
    await started?.close();
  });

  const web = (): BrowserSystem => {
    if (!started) throw new Error('The browser system starts in beforeAll: use it inside a test.');
    return started;
  };

  return {
    get web() {
      return web();
    },
    get http() {
      return request(web().system.api.getHttpServer());
    },
    async newPage(viewport = DESKTOP) {
      const context = await web().browser.newContext({ viewport, locale: 'nl-NL' });
      contexts.push(context);
      return context.newPage();
    },
  };
}

/** The page has no serious or critical WCAG 2.1 A/AA violations (axe-core). */
export async function expectAccessible(page: Page): Promise<void> {
  expect(await seriousAccessibilityViolations(page)).toEqual([]);
}

/** Signs a staff test user in with their password; `next` is where the sign-in page goes afterwards. */
export async function signInAsStaff(
  page: Page,
  web: BrowserSystem,
  role: keyof TestSystem['users'],
  next?: string,
): Promise<void> {
  await page.goto(`${web.baseUrl}/inloggen${next ? `?next=${next}` : ''}`);
  await page.locator('#staff-email').fill(web.system.users[role].email);
  await page.locator('#staff-password').fill(TEST_PASSWORD);
  await page.getByRole('button', { name: 'Inloggen', exact: true }).click();
}

/** A member's signal that more than one test starts from: a preschool without a room in the school. */
export const PRESCHOOL_SIGNAL = {
  title: 'Voorschool zonder lokaal in de basisschool',
  description:
    'De peuters kunnen niet naar de voorschool in het schoolgebouw, want niemand betaalt het lokaal. ' +
    'Gemeente, schoolbestuur en kinderopvang wijzen naar elkaar.',
  domains: ['childcare', 'education'],
  region: 'Utrecht',
  submitterRole: 'school_leader',
  channel: 'website',
};

/** A calendar day `days` from today, as a date input and the API take it (YYYY-MM-DD). */
export function dayFromNow(days: number): string {
  return new Date(Date.now() + days * 24 * 3600_000).toISOString().slice(0, 10);
}

/** Sends a signal in through the public API, as anyone may; returns its id. */
export async function submitSignal(http: Http, signal: object): Promise<string> {
  const submitted = await http.post('/api/signals').send(signal).expect(201);
  return (submitted.body as { id: string }).id;
}

/** The signal as staff see it once the worker has triaged it (its suggestions are there). */
export async function triagedSignal<T extends { suggestions: unknown }>(
  http: Http,
  staff: Headers,
  signalId: string,
): Promise<T> {
  return waitFor(async () => {
    const response = await http.get(`/api/signals/${signalId}`).set(staff).expect(200);
    const body = response.body as T;
    return body.suggestions ? body : undefined;
  }, 'the triage suggestions');
}

/** Opens a new case from the signal (`body` as the API takes it); returns the case's id. */
export async function openCase(http: Http, staff: Headers, signalId: string, body: object): Promise<string> {
  const opened = await http.post(`/api/signals/${signalId}/open-case`).set(staff).send(body).expect(201);
  return (opened.body as { caseId: string }).caseId;
}

/** Sends the signal in and opens a case from it under `title`; returns the case's id. */
export async function openCaseFromSignal(
  http: Http,
  staff: Headers,
  signal: { title: string },
  title = signal.title,
): Promise<string> {
  const signalId = await submitSignal(http, signal);
  return openCase(http, staff, signalId, { title });
}

/** Moves a case on to a step through the API (`body` as the API takes it), at the version it has now. */
export async function moveCase(http: Http, staff: Headers, caseId: string, body: object): Promise<void> {
  const current = await http.get(`/api/cases/${caseId}`).set(staff).expect(200);
  const { version } = current.body as { version: number };
  await http
    .post(`/api/cases/${caseId}/transitions`)
    .set(staff)
    .send({ ...body, expectedVersion: version })
    .expect(200);
}

/**
 * Takes a case in recognition to sharing (step 5) the quick way: on to deepening, one submitted
 * analysis by the test expert straight in the table, then on to sharing with a handling option.
 */
export async function moveCaseToSharing(
  http: Http,
  staff: Headers,
  system: TestSystem,
  caseId: string,
): Promise<void> {
  await moveCase(http, staff, caseId, { to: 'deepening' });
  const assignment = await system.dataSource
    .getRepository(CaseAssignmentEntity)
    .save({ caseId, expertId: system.users.expert.id, assignedById: null });
  // Complete, as the expert's form would submit it, so the case page can show it.
  const causeAreas = Object.fromEntries(
    CAUSE_AREAS.map((area) => [area, { playsRole: area === 'funding', explanation: '' }]),
  ) as AnalysisEntity['causeAreas'];
  await system.dataSource.getRepository(AnalysisEntity).insert({
    caseId,
    assignmentId: assignment.id,
    status: 'submitted',
    causeAreas,
    rootCauseSummary: 'Niemand is verantwoordelijk voor het vervoer tussen school en opvang.',
    proposedHandlingOption: 'knowledge_sharing',
    submittedAt: new Date(),
  });
  await moveCase(http, staff, caseId, { to: 'sharing', handlingOption: 'knowledge_sharing' });
}
