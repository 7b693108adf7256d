import { describe, expect, it } from '@jest/globals';
import { screen, waitFor, within } from '@testing-library/react';
import { renderApp } from '../test/render-app';

const CREATED = {
  id: '0b9d3c8e-2a3f-4f5b-9c1d-7e6f5a4b3c2d',
  reference: 'SR-2026-000123',
  trackingUrl: 'http://localhost:3000/track/abc123',
};

/** The elements that describe a control, through its aria-describedby. */
function descriptionsOf(element: HTMLElement): string[] {
  const ids = element.getAttribute('aria-describedby')?.split(' ') ?? [];
  return ids.map((id) => document.getElementById(id)?.textContent ?? `(missing #${id})`);
}

async function renderForm(options: Parameters<typeof renderApp>[0] = {}) {
  const app = await renderApp({
    routes: { 'POST /api/signals': () => ({ status: 201, body: CREATED }) },
    ...options,
  });
  await screen.findByRole('heading', { level: 1, name: 'Meld een knelpunt' });
  return app;
}

describe('the signal form', () => {
  describe('personal data', () => {
    it('warns at the description while a phone number is typed, and the warning describes the field', async () => {
      const { user } = await renderForm();
      const description = screen.getByRole('textbox', { name: 'Wat is er aan de hand?' });

      await user.type(description, 'De moeder van Sam belde steeds. ');
      expect(screen.queryByText(/persoonlijke gegevens/)).toBeNull();

      await user.type(description, 'Haar nummer is 06-12345678.');
      const warning = await screen.findByText(
        /je tekst lijkt persoonlijke gegevens te bevatten \(een telefoonnummer\)/,
      );
      expect(descriptionsOf(description)).toContain(warning.textContent);
      // The title has its own check, and nothing was found there.
      expect(descriptionsOf(screen.getByRole('textbox', { name: 'Titel' })).join(' ')).not.toMatch(
        /persoonlijke/,
      );
    });

    it('names every kind found, and the warning goes once the text is clean', async () => {
      const { user } = await renderForm();
      const title = screen.getByRole('textbox', { name: 'Titel' });

      await user.type(title, 'Mail jan@voorbeeld.nl, geboren op 12-03-2015');
      expect(await screen.findByText(/\(een e-mailadres en een geboortedatum\)/)).toBeTruthy();

      await user.clear(title);
      await user.type(title, 'Peutergroep ging niet door');
      await waitFor(() => expect(screen.queryByText(/persoonlijke gegevens/)).toBeNull());
      expect(title.getAttribute('aria-describedby')).not.toMatch(/warning/);
    });

    it('does not stop the signal from being sent', async () => {
      const { user, api } = await renderForm();
      await user.type(screen.getByRole('textbox', { name: 'Titel' }), 'Bel 06-12345678');
      await user.type(
        screen.getByRole('textbox', { name: 'Wat is er aan de hand?' }),
        'Het samenwerken tussen school en opvang loopt vast.',
      );
      await user.click(screen.getByRole('checkbox', { name: 'Onderwijs' }));
      await user.click(screen.getByRole('button', { name: 'Verstuur melding' }));

      await screen.findByRole('heading', { name: 'Bedankt, je melding is verstuurd' });
      expect(api.sent('POST', '/api/signals')).toHaveLength(1);
    });
  });

  describe('errors from the API', () => {
    const rejecting = {
      'POST /api/signals': () => ({
        status: 400,
        body: {
          statusCode: 400,
          code: 'validation_failed',
          message: 'De invoer is niet geldig.',
          errors: [
            { field: 'title', code: 'minLength', message: 'Titel moet minstens 5 tekens bevatten.' },
            { field: 'domains', code: 'arrayMinSize', message: 'Kies minstens 1 bij Domeinen.' },
            { field: 'callId', code: 'isUuid', message: 'Oproep is geen geldige id.' },
          ],
          correlationId: 'c-1',
        },
      }),
    };

    it('shows each message at its field, tied to the control, and marks it invalid', async () => {
      const { user } = await renderForm({ routes: rejecting });
      const title = screen.getByRole('textbox', { name: 'Titel' });
      await user.type(title, 'Kort');
      await user.click(screen.getByRole('button', { name: 'Verstuur melding' }));

      await waitFor(() => expect(title.getAttribute('aria-invalid')).toBe('true'));
      expect(descriptionsOf(title)).toContain('Titel moet minstens 5 tekens bevatten.');

      const domains = screen.getByRole('group', { name: 'Over welk domein gaat het?' });
      expect(descriptionsOf(domains)).toContain('Kies minstens 1 bij Domeinen.');
      // A field that was fine is not marked.
      expect(
        screen.getByRole('textbox', { name: 'Wat is er aan de hand?' }).getAttribute('aria-invalid'),
      ).toBeNull();
    });

    it('lists them in a focused summary whose links lead to the fields', async () => {
      const { user } = await renderForm({ routes: rejecting });
      await user.click(screen.getByRole('button', { name: 'Verstuur melding' }));

      const heading = await screen.findByRole('heading', { name: 'Controleer dit nog' });
      const summary = heading.closest('.sr-error-summary') as HTMLElement;
      expect(document.activeElement).toBe(summary);
      const links = within(summary).getAllByRole('link');
      expect(links.map((link) => link.textContent)).toEqual([
        'Titel moet minstens 5 tekens bevatten.',
        'Kies minstens 1 bij Domeinen.',
      ]);
      // A problem that belongs to no field on the form is still listed.
      expect(within(summary).getByText('Oproep is geen geldige id.')).toBeTruthy();

      await user.click(links[1]!);
      expect(document.activeElement).toBe(screen.getByRole('checkbox', { name: 'Onderwijs' }));
    });

    it('tells when the API cannot be reached', async () => {
      const { user } = await renderForm({
        routes: {
          'POST /api/signals': () => {
            throw new TypeError('Failed to fetch');
          },
        },
      });
      await user.click(screen.getByRole('button', { name: 'Verstuur melding' }));
      expect(await screen.findByText(/Er is geen verbinding met Signaalroute/)).toBeTruthy();
    });
  });

  describe('e-mail address and consent to contact', () => {
    async function fillRequired(user: Awaited<ReturnType<typeof renderForm>>['user']) {
      await user.type(screen.getByRole('textbox', { name: 'Titel' }), 'Peutergroep ging niet door');
      await user.type(
        screen.getByRole('textbox', { name: 'Wat is er aan de hand?' }),
        'De gemeente en de school konden het niet eens worden over de huur.',
      );
      await user.click(screen.getByRole('checkbox', { name: 'Kinderopvang' }));
    }

    it('asks for the address only after consent to contact', async () => {
      const { user } = await renderForm();
      expect(screen.queryByRole('textbox', { name: 'E-mailadres' })).toBeNull();

      await user.click(
        screen.getByRole('checkbox', { name: 'Ja, neem contact met me op over deze melding' }),
      );
      expect(screen.getByRole('textbox', { name: 'E-mailadres' })).toBeTruthy();

      await user.click(
        screen.getByRole('checkbox', { name: 'Ja, neem contact met me op over deze melding' }),
      );
      expect(screen.queryByRole('textbox', { name: 'E-mailadres' })).toBeNull();
    });

    it('sends the address together with the consent', async () => {
      const { user, api } = await renderForm();
      await fillRequired(user);
      await user.click(
        screen.getByRole('checkbox', { name: 'Ja, neem contact met me op over deze melding' }),
      );
      await user.type(screen.getByRole('textbox', { name: 'E-mailadres' }), 'juf@school.nl');
      await user.click(screen.getByRole('button', { name: 'Verstuur melding' }));

      await screen.findByText('We hebben de link ook naar je e-mailadres gestuurd.');
      expect(api.sent('POST', '/api/signals')[0]?.body).toMatchObject({
        email: 'juf@school.nl',
        consent: { contact: true, publication: false },
      });
    });

    it('does not send an address typed before the consent was withdrawn', async () => {
      const { user, api } = await renderForm();
      await fillRequired(user);
      const contact = screen.getByRole('checkbox', { name: 'Ja, neem contact met me op over deze melding' });
      await user.click(contact);
      await user.type(screen.getByRole('textbox', { name: 'E-mailadres' }), 'juf@school.nl');
      await user.click(contact);
      await user.click(screen.getByRole('button', { name: 'Verstuur melding' }));

      await screen.findByRole('heading', { name: 'Bedankt, je melding is verstuurd' });
      const body = api.sent('POST', '/api/signals')[0]?.body as Record<string, unknown>;
      expect(body.email).toBeUndefined();
      expect(body.consent).toEqual({ contact: false, publication: false });
      expect(screen.queryByText('We hebben de link ook naar je e-mailadres gestuurd.')).toBeNull();
    });

    it("shows the API's message about a missing address at the e-mail field", async () => {
      const { user } = await renderForm({
        routes: {
          'POST /api/signals': () => ({
            status: 400,
            body: {
              statusCode: 400,
              code: 'validation_failed',
              message: 'Vul je e-mailadres in: dat is nodig om contact met je op te nemen.',
              errors: [
                {
                  field: 'email',
                  code: 'emailRequired',
                  message: 'Vul je e-mailadres in: dat is nodig om contact met je op te nemen.',
                },
              ],
            },
          }),
        },
      });
      await fillRequired(user);
      await user.click(
        screen.getByRole('checkbox', { name: 'Ja, neem contact met me op over deze melding' }),
      );
      await user.click(screen.getByRole('button', { name: 'Verstuur melding' }));

      const email = screen.getByRole('textbox', { name: 'E-mailadres' });
      await waitFor(() =>
        expect(descriptionsOf(email)).toContain(
          'Vul je e-mailadres in: dat is nodig om contact met je op te nemen.',
        ),
      );
    });
  });

  describe('after sending', () => {
    it('shows the reference and the private tracking link, and sends an idempotency key', async () => {
      const { user, api } = await renderForm();
      await user.type(screen.getByRole('textbox', { name: 'Titel' }), 'Peutergroep ging niet door');
      await user.click(screen.getByRole('button', { name: 'Verstuur melding' }));

      const heading = await screen.findByRole('heading', { name: 'Bedankt, je melding is verstuurd' });
      expect(document.activeElement).toBe(heading);
      expect(screen.getByText('SR-2026-000123')).toBeTruthy();
      expect(screen.getByRole('link', { name: 'Volg je melding' }).getAttribute('href')).toBe(
        CREATED.trackingUrl,
      );
      expect(api.sent('POST', '/api/signals')[0]?.headers.get('Idempotency-Key')).toMatch(
        /^[0-9a-f-]{32,36}$/,
      );
    });
  });

  describe('answering a call', () => {
    const CALL = '4f1c2b3a-5d6e-4f70-8a9b-0c1d2e3f4a5b';

    it('says so and sends the call along', async () => {
      const { user, api } = await renderForm({ path: `/melden?call=${CALL}` });
      expect(screen.getByText('Je reageert op een oproep.')).toBeTruthy();
      await user.click(screen.getByRole('button', { name: 'Verstuur melding' }));

      await screen.findByRole('heading', { name: 'Bedankt, je melding is verstuurd' });
      expect(api.sent('POST', '/api/signals')[0]?.body).toMatchObject({ callId: CALL });
    });

    it('ignores a mangled call id rather than blocking the form', async () => {
      const { user, api } = await renderForm({ path: '/?call=not-a-call' });
      expect(screen.queryByText('Je reageert op een oproep.')).toBeNull();
      await user.click(screen.getByRole('button', { name: 'Verstuur melding' }));

      await screen.findByRole('heading', { name: 'Bedankt, je melding is verstuurd' });
      expect(api.sent('POST', '/api/signals')[0]?.body).not.toHaveProperty('callId');
    });
  });
});
