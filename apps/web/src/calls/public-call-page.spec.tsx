import { describe, expect, it } from '@jest/globals';
import { screen, waitFor } from '@testing-library/react';
import { TARGETED_PUBLIC_CALL } from '../test/public-call';
import { signedInMember } from '../test/member-session';
import { renderApp } from '../test/render-app';

const CALL = TARGETED_PUBLIC_CALL;
const OPEN_CALL = {
  ...CALL,
  id: '1c2d3e4f-0000-4000-8000-000000000001',
  kind: 'open',
  question: 'Waar loop je vast?',
};

const MEMBER = signedInMember();

/** A link named by its visible text and, for screen readers, the question it is about. */
const linkName = (text: string, question: string) => (name: string) =>
  name.startsWith(text) && name.endsWith(question);

async function fillAnswer(user: Awaited<ReturnType<typeof renderApp>>['user']) {
  await user.click(await screen.findByRole('radio', { name: 'Ja, dit herken ik' }));
  await user.click(screen.getByRole('radio', { name: 'Urgent' }));
  await user.type(screen.getByRole('textbox', { name: 'Wat is er nodig om er iets aan te doen?' }), 'Ruimte');
  await user.selectOptions(screen.getByRole('combobox', { name: 'In welk domein werk je?' }), 'education');
  await user.type(screen.getByRole('textbox', { name: 'Gemeente of regio' }), 'Zwolle');
  await user.selectOptions(
    screen.getByRole('combobox', { name: 'Bij wat voor organisatie werk je?' }),
    'school',
  );
}

describe('the public calls', () => {
  it('lists open and targeted calls, each with its way to answer', async () => {
    await renderApp({
      path: '/oproepen',
      routes: { 'GET /api/public/calls': () => ({ status: 200, body: [CALL, OPEN_CALL] }) },
    });
    expect(await screen.findByRole('heading', { level: 2, name: CALL.question })).toBeTruthy();
    expect(
      screen.getByRole('link', { name: linkName('Geef je antwoord', CALL.question) }).getAttribute('href'),
    ).toBe(`/oproepen/${CALL.id}`);
    expect(
      screen
        .getByRole('link', { name: linkName('Reageer met een melding', OPEN_CALL.question) })
        .getAttribute('href'),
    ).toBe(`/melden?call=${OPEN_CALL.id}`);
  });

  it('asks anyone without an account for an e-mail address, then to check their mail', async () => {
    let tries = 0;
    const { user, api } = await renderApp({
      path: `/oproepen/${CALL.id}`,
      routes: {
        [`GET /api/public/calls/${CALL.id}`]: () => ({ status: 200, body: CALL }),
        [`POST /api/public/calls/${CALL.id}/answers`]: () =>
          ++tries === 1
            ? {
                status: 422,
                body: {
                  statusCode: 422,
                  code: 'rule_violated',
                  message: 'Vul je e-mailadres in, of log in als lid.',
                  details: { field: 'email' },
                },
              }
            : { status: 200, body: { status: 'confirmation_sent' } },
      },
    });
    await fillAnswer(user);
    await user.click(screen.getByRole('button', { name: 'Verstuur antwoord' }));
    const email = screen.getByRole('textbox', { name: 'E-mailadres' });
    await waitFor(() => expect(email.getAttribute('aria-invalid')).toBe('true'));
    expect(document.getElementById('answer-email-error')?.textContent).toBe(
      'Vul je e-mailadres in, of log in als lid.',
    );

    await user.type(email, 'juf@school.nl');
    await user.click(screen.getByRole('button', { name: 'Verstuur antwoord' }));
    expect(await screen.findByRole('heading', { name: 'Kijk in je mail' })).toBeTruthy();
    expect(screen.getByText(/We hebben een e-mail gestuurd naar juf@school.nl/)).toBeTruthy();
    expect(api.sent('POST', `/api/public/calls/${CALL.id}/answers`)[1]?.body).toMatchObject({
      recognition: 'recognised',
      domain: 'education',
      region: 'Zwolle',
      organisationType: 'school',
      email: 'juf@school.nl',
    });
  });

  it('lets a signed-in member answer at once, starting from the profile', async () => {
    const { user, api } = await renderApp({
      path: `/oproepen/${CALL.id}`,
      routes: {
        ...MEMBER,
        [`GET /api/public/calls/${CALL.id}`]: () => ({ status: 200, body: CALL }),
        'GET /api/me/profile': () => ({
          status: 200,
          body: {
            domains: ['care'],
            region: 'Deventer',
            organisationType: 'care_provider',
            organisation: null,
          },
        }),
        [`POST /api/public/calls/${CALL.id}/answers`]: () => ({ status: 200, body: { status: 'recorded' } }),
      },
    });
    expect(await screen.findByText('Je bent ingelogd als lid: je antwoord telt meteen mee.')).toBeTruthy();
    expect(screen.queryByRole('textbox', { name: 'E-mailadres' })).toBeNull();
    await user.click(await screen.findByRole('radio', { name: 'Gedeeltelijk' }));
    await user.click(screen.getByRole('radio', { name: 'Urgent' }));
    await user.type(screen.getByRole('textbox', { name: 'Wat is er nodig om er iets aan te doen?' }), 'Geld');
    await user.click(screen.getByRole('button', { name: 'Verstuur antwoord' }));
    expect(await screen.findByRole('heading', { name: 'Bedankt voor je antwoord' })).toBeTruthy();
    const body = api.sent('POST', `/api/public/calls/${CALL.id}/answers`)[0]?.body as Record<string, unknown>;
    expect(body).toMatchObject({ domain: 'care', region: 'Deventer', organisationType: 'care_provider' });
    expect(body.email).toBeUndefined();
  });

  it('confirms an answer from the link in the mail', async () => {
    const { user, api } = await renderApp({
      path: '/answer/confirm/tok-1',
      routes: {
        'POST /api/public/call-answers/confirm': () => ({ status: 200, body: { status: 'recorded' } }),
      },
    });
    // Nothing is used up before the button is pressed.
    const button = await screen.findByRole('button', { name: 'Bevestig mijn antwoord' });
    expect(api.sent('POST', '/api/public/call-answers/confirm')).toHaveLength(0);
    await user.click(button);
    expect(await screen.findByText('Bedankt, je antwoord is bevestigd en telt mee.')).toBeTruthy();
    expect(api.sent('POST', '/api/public/call-answers/confirm')[0]?.body).toEqual({ token: 'tok-1' });
  });

  it('explains a confirmation link that is no longer valid', async () => {
    const { user } = await renderApp({
      path: '/answer/confirm/verlopen',
      routes: {
        'POST /api/public/call-answers/confirm': () => ({
          status: 410,
          body: { statusCode: 410, code: 'link_invalid', message: 'Ongeldig' },
        }),
      },
    });
    await user.click(await screen.findByRole('button', { name: 'Bevestig mijn antwoord' }));
    expect((await screen.findByRole('alert')).textContent).toMatch(
      /Deze bevestigingslink is niet \(meer\) geldig/,
    );
  });
});

describe('the shared bottlenecks of a member', () => {
  it('toggles "I recognise this"', async () => {
    const shared = {
      id: 'c9',
      reference: 'KP-2026-000009',
      title: 'Wachtlijst jeugdhulp',
      domains: ['youth_care'],
      step: 'sharing',
      recognisedBy: 4,
      recognisedByMe: false,
    };
    const { user, api } = await renderApp({
      path: '/gedeelde-knelpunten',
      routes: {
        ...MEMBER,
        'GET /api/shared-cases': () => ({ status: 200, body: [shared] }),
        'PUT /api/shared-cases/c9/recognition': () => ({
          status: 200,
          body: { ...shared, recognisedBy: 5, recognisedByMe: true },
        }),
        'DELETE /api/shared-cases/c9/recognition': () => ({ status: 200, body: shared }),
      },
    });
    const toggle = await screen.findByRole('button', { name: 'Ik herken dit' });
    expect(toggle.getAttribute('aria-pressed')).toBe('false');
    expect(screen.getByText('4 leden herkennen dit.')).toBeTruthy();

    await user.click(toggle);
    expect(await screen.findByText('5 leden herkennen dit.')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Ik herken dit' }).getAttribute('aria-pressed')).toBe('true');
    expect(api.sent('PUT', '/api/shared-cases/c9/recognition')[0]?.headers.get('X-CSRF-Token')).toBe(
      'csrf-member',
    );

    await user.click(screen.getByRole('button', { name: 'Ik herken dit' }));
    expect(await screen.findByText('Je herkenning is ingetrokken.')).toBeTruthy();
    expect(api.sent('DELETE', '/api/shared-cases/c9/recognition')).toHaveLength(1);
  });
});
