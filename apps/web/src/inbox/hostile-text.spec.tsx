// Text people wrote is shown as text, never as markup: the inbox and the tracking page rendered with
// titles, descriptions and regions full of <script> and <img onerror>. (The app has no
// dangerouslySetInnerHTML; React escapes every text it renders, and this holds it to that.)
import { describe, expect, it } from '@jest/globals';
import { screen } from '@testing-library/react';
import { renderApp } from '../test/render-app';
import { signedInAs } from '../test/staff-session';

const SCRIPT = '<script>window.__pwned = true</script>';
const IMAGE = '<img src=x onerror="window.__pwned = true">';
const HOSTILE_TITLE = `Titel ${IMAGE}`;
const HOSTILE_DESCRIPTION = `Beschrijving ${SCRIPT} en ${IMAGE} met 06-12345678 erin.`;

/** No element the text could have made, and no handler attribute anywhere. */
function expectNoInjectedMarkup(): void {
  expect(document.querySelectorAll('script, iframe, object, embed').length).toBe(0);
  expect([...document.querySelectorAll('img')].filter((img) => img.getAttribute('src') === 'x')).toEqual([]);
  expect([...document.querySelectorAll('*')].filter((el) => el.hasAttribute('onerror'))).toEqual([]);
  expect((window as unknown as { __pwned?: boolean }).__pwned).toBeUndefined();
}

const SIGNAL = {
  id: 's1',
  reference: 'SR-2026-000011',
  kind: 'bottleneck',
  title: HOSTILE_TITLE,
  domains: ['childcare'],
  region: `<b>Utrecht</b>`,
  channel: 'website',
  step: 'triage',
  caseId: null,
  hasSuggestions: false,
  createdAt: '2026-03-13T09:00:00.000Z',
};

describe('text people wrote is shown as text', () => {
  it('in the adviser inbox: title, description (with its personal data marked) and region', async () => {
    const { user } = await renderApp({
      path: '/inbox',
      routes: {
        ...signedInAs('adviser'),
        'GET /api/signals': (request) => ({
          status: 200,
          body: { items: request.query.get('step') === 'triage' ? [SIGNAL] : [], nextCursor: null },
        }),
        'GET /api/signals/s1': () => ({
          status: 200,
          body: {
            ...SIGNAL,
            description: HOSTILE_DESCRIPTION,
            submitterRole: 'teacher',
            organisation: SCRIPT,
            email: null,
            consent: { contact: false, publication: false },
            locale: 'nl',
            callId: null,
            version: 1,
            history: [],
            suggestions: {
              similar: [],
              domains: [],
              handlingOption: null,
              personalData: [
                {
                  kind: 'phone',
                  field: 'description',
                  start: HOSTILE_DESCRIPTION.indexOf('06-'),
                  end: HOSTILE_DESCRIPTION.indexOf('06-') + 11,
                },
              ],
            },
          },
        }),
      },
    });
    await user.click(await screen.findByRole('button', { name: HOSTILE_TITLE }));
    const panel = await screen.findByRole('region', { name: HOSTILE_TITLE });
    expect(panel.textContent).toContain(SCRIPT);
    expect(panel.textContent).toContain(IMAGE);
    expect(panel.querySelector('mark')?.firstChild?.textContent).toBe('06-12345678');
    expectNoInjectedMarkup();
  });

  it('on the tracking page: the title the submitter wrote', async () => {
    await renderApp({
      path: '/track/abc123',
      routes: {
        'GET /api/track/abc123': () => ({
          status: 200,
          body: {
            reference: 'SR-2026-000123',
            title: HOSTILE_TITLE,
            submittedAt: '2026-03-12T09:30:00.000Z',
            status: 'Oogsten',
            statusExplanation: 'Een netwerkadviseur bekijkt je melding.',
            state: 'open',
            steps: [],
            history: [],
          },
        }),
      },
    });
    expect(await screen.findByText(HOSTILE_TITLE, { exact: false })).toBeTruthy();
    expectNoInjectedMarkup();
  });
});
