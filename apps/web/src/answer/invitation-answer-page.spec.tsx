import { describe, expect, it } from '@jest/globals';
import { screen, waitFor, within } from '@testing-library/react';
import type { FakeAnswer } from '../test/fake-api';
import { TARGETED_PUBLIC_CALL } from '../test/public-call';
import { renderApp } from '../test/render-app';

const CALL = TARGETED_PUBLIC_CALL;

const VIEW = {
  call: CALL,
  answer: null,
  profileDomains: ['childcare', 'education'],
  profileRegion: 'Utrecht',
  profileOrganisationType: 'childcare_organisation',
  profileOrganisation: 'Kinderopvang De Zon',
};

function renderInvitation(
  view: unknown = VIEW,
  answer: () => FakeAnswer = () => ({ status: 200, body: { status: 'recorded' } }),
) {
  return renderApp({
    path: '/answer/tok123',
    routes: {
      'GET /api/call-invitations/tok123': () => ({ status: 200, body: view }),
      'PUT /api/call-invitations/tok123/answer': answer,
    },
  });
}

/** The elements that describe a control, through its aria-describedby. */
function descriptionsOf(element: HTMLElement): string[] {
  const ids = element.getAttribute('aria-describedby')?.split(' ') ?? [];
  return ids.map((id) => document.getElementById(id)?.textContent ?? `(missing #${id})`);
}

describe('answering a targeted call through the invitation link', () => {
  it('shows the call, starts from the profile and stores the answer', async () => {
    const { user, api } = await renderInvitation();
    await screen.findByText(CALL.question);
    expect(screen.getByText('Over het knelpunt: Geen lokaal voor de peutergroep')).toBeTruthy();
    expect(screen.getByText(CALL.reason)).toBeTruthy();

    // Prefilled from the profile: the first domain, the region and the kind of organisation.
    expect(
      (screen.getByRole('combobox', { name: 'In welk domein werk je?' }) as HTMLSelectElement).value,
    ).toBe('childcare');
    expect((screen.getByRole('textbox', { name: 'Gemeente of regio' }) as HTMLInputElement).value).toBe(
      'Utrecht',
    );
    expect(
      (screen.getByRole('combobox', { name: 'Bij wat voor organisatie werk je?' }) as HTMLSelectElement)
        .value,
    ).toBe('childcare_organisation');
    // The link is the respondent's identity: no e-mail address is asked.
    expect(screen.queryByRole('textbox', { name: 'E-mailadres' })).toBeNull();

    await user.click(screen.getByRole('radio', { name: 'Ja, dit herken ik' }));
    await user.click(screen.getByRole('radio', { name: 'Zeer urgent' }));
    await user.type(
      screen.getByRole('textbox', { name: 'Wat is er nodig om er iets aan te doen?' }),
      'Afspraken tussen gemeente en schoolbestuur over huisvesting',
    );
    await user.click(screen.getByRole('button', { name: 'Verstuur antwoord' }));

    expect(await screen.findByText(/Bedankt, je antwoord is opgeslagen/)).toBeTruthy();
    expect(api.sent('PUT', '/api/call-invitations/tok123/answer')[0]?.body).toEqual({
      recognition: 'recognised',
      urgency: 'high',
      needed: 'Afspraken tussen gemeente en schoolbestuur over huisvesting',
      domain: 'childcare',
      region: 'Utrecht',
      organisationType: 'childcare_organisation',
      organisation: 'Kinderopvang De Zon',
      consentPublication: false,
    });
    // Sent once; it can be changed again.
    expect(screen.getByRole('button', { name: 'Wijzig antwoord' })).toBeTruthy();
  });

  it('asks for the choices before sending anything', async () => {
    const { user, api } = await renderInvitation({
      ...VIEW,
      profileDomains: [],
      profileOrganisationType: null,
    });
    await user.click(await screen.findByRole('button', { name: 'Verstuur antwoord' }));

    const summary = (await screen.findByRole('heading', { name: 'Controleer dit nog' })).closest(
      '.sr-error-summary',
    ) as HTMLElement;
    expect(
      within(summary)
        .getAllByRole('link')
        .map((link) => link.textContent),
    ).toEqual([
      'Kies of je het knelpunt herkent.',
      'Kies hoe urgent het is.',
      'Kies het domein waarin je werkt.',
      'Kies bij wat voor organisatie je werkt.',
    ]);
    expect(api.sent('PUT', '/api/call-invitations/tok123/answer')).toHaveLength(0);
  });

  it("shows the API's validation errors at their fields", async () => {
    const { user } = await renderInvitation(VIEW, () => ({
      status: 400,
      body: {
        statusCode: 400,
        code: 'validation_failed',
        message: 'De invoer is niet geldig.',
        errors: [
          { field: 'needed', code: 'minLength', message: 'Wat er nodig is moet minstens 3 tekens bevatten.' },
          { field: 'region', code: 'minLength', message: 'Regio moet minstens 2 tekens bevatten.' },
        ],
        correlationId: 'c-1',
      },
    }));
    await user.click(await screen.findByRole('radio', { name: 'Gedeeltelijk' }));
    await user.click(screen.getByRole('radio', { name: 'Urgent' }));
    await user.type(screen.getByRole('textbox', { name: 'Wat is er nodig om er iets aan te doen?' }), 'x');
    const region = screen.getByRole('textbox', { name: 'Gemeente of regio' });
    await user.clear(region);
    await user.type(region, 'U');
    await user.click(screen.getByRole('button', { name: 'Verstuur antwoord' }));

    const needed = screen.getByRole('textbox', { name: 'Wat is er nodig om er iets aan te doen?' });
    await waitFor(() => expect(needed.getAttribute('aria-invalid')).toBe('true'));
    expect(descriptionsOf(needed)).toContain('Wat er nodig is moet minstens 3 tekens bevatten.');
    expect(descriptionsOf(region)).toContain('Regio moet minstens 2 tekens bevatten.');
    const summary = screen.getByRole('heading', { name: 'Controleer dit nog' }).closest('.sr-error-summary');
    expect(document.activeElement).toBe(summary);
    expect(screen.queryByText(/Bedankt/)).toBeNull();
  });

  it('says so when the call closed while answering', async () => {
    const { user } = await renderInvitation(VIEW, () => ({
      status: 409,
      body: {
        statusCode: 409,
        code: 'conflict',
        message: 'Deze oproep is niet (meer) open voor antwoorden.',
      },
    }));
    await user.click(await screen.findByRole('radio', { name: 'Nee, dit herken ik niet' }));
    await user.click(screen.getByRole('radio', { name: 'Niet zo urgent' }));
    await user.type(
      screen.getByRole('textbox', { name: 'Wat is er nodig om er iets aan te doen?' }),
      'Niets',
    );
    await user.click(screen.getByRole('button', { name: 'Verstuur antwoord' }));

    expect((await screen.findByRole('alert')).textContent).toBe(
      'Deze oproep is intussen gesloten. Je antwoord is niet opgeslagen.',
    );
    expect(screen.queryByRole('button', { name: 'Verstuur antwoord' })).toBeNull();
  });

  it('shows an earlier answer, to be changed', async () => {
    await renderInvitation({
      ...VIEW,
      answer: {
        recognition: 'partly',
        urgency: 'medium',
        needed: 'Een vaste contactpersoon bij de gemeente',
        domain: 'education',
        region: 'Amersfoort',
        organisationType: 'school',
        consentPublication: true,
        answeredAt: '2026-03-05T10:00:00.000Z',
      },
    });
    expect(await screen.findByText(/Je hebt al geantwoord op 5 maart 2026/)).toBeTruthy();
    expect((screen.getByRole('radio', { name: 'Gedeeltelijk' }) as HTMLInputElement).checked).toBe(true);
    expect((screen.getByRole('radio', { name: 'Urgent' }) as HTMLInputElement).checked).toBe(true);
    expect(
      (
        screen.getByRole('textbox', {
          name: 'Wat is er nodig om er iets aan te doen?',
        }) as HTMLTextAreaElement
      ).value,
    ).toBe('Een vaste contactpersoon bij de gemeente');
    expect((screen.getByRole('textbox', { name: 'Gemeente of regio' }) as HTMLInputElement).value).toBe(
      'Amersfoort',
    );
    expect(screen.getByRole('button', { name: 'Wijzig antwoord' })).toBeTruthy();
  });

  it('tells when the call is closed, without a form', async () => {
    await renderInvitation({ ...VIEW, call: { ...CALL, open: false, closesAt: '2026-03-15T17:00:00.000Z' } });
    expect((await screen.findByRole('alert')).textContent).toContain(
      'Deze oproep is gesloten. Je kunt niet meer antwoorden.',
    );
    expect(screen.queryByRole('button', { name: 'Verstuur antwoord' })).toBeNull();
  });

  it('tells when the link is unknown', async () => {
    await renderApp({ path: '/answer/onbekend' });
    expect((await screen.findByRole('alert')).textContent).toBe(
      'We kennen deze link niet. Controleer of je de hele link uit de e-mail hebt gebruikt.',
    );
    expect(screen.getByRole('heading', { level: 1, name: 'Geef je antwoord' })).toBeTruthy();
  });
});
