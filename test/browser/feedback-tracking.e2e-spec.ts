// Step 7 in a real browser: a signal with an e-mail address and consent to contact is taken through the
// API to a case in feedback (the shortcut to the agenda, one agenda item with an outcome). The adviser
// edits, previews and sends the prepared feedback on the case page and watches it reach the submitter.
// The submitter, anonymous, opens the private tracking link and reads the feedback, then answers "did this
// help?" through the personal link from the mail: the answer in the link is only chosen in advance and
// counts when the button is pressed. The "no" brings the case to the adviser's "Aandacht nodig" list.
// Every page is checked with axe-core and kept as a screenshot.
import { describe, expect, it } from '@jest/globals';
import { AgendaItemEntity, MailMessageEntity, NationalTableEntity } from '@app/persistence';
import { keepScreenshot } from '../support/browser';
import {
  expectAccessible,
  moveCase,
  openCase,
  setUpBrowserSystem,
  signInAsStaff,
  triagedSignal,
} from '../support/browser-fixtures';
import { waitFor } from '../support/wait-for';

const EMAIL = 'ouder.feedback@example.nl';
const TITLE = 'Voorschool zonder lokaal';
const EDITED_NL =
  'Je melding is samengebracht met die van anderen en besproken aan de Onderwijs-Zorg-Kinderopvang-tafel.';
const COMMENT = 'Er is voor ons nog niets veranderd.';

interface FeedbackView {
  status: string;
  version: number;
  counts: { total: number; pending: number; sent: number; undeliverable: number };
  helpfulness: { yes: number; partly: number; no: number };
}

describe('feedback and tracking in a browser', () => {
  const fixture = setUpBrowserSystem();

  it('sends the feedback from the case page, shows it on the tracking page and records "did this help?"', async () => {
    const { web, http } = fixture;
    const adviser = web.system.as('adviser');
    const data = web.system.dataSource;

    // A signal with an address and consent to contact; its private tracking link is kept.
    const submitted = await http
      .post('/api/signals')
      .send({
        title: 'Geen lokaal voor de voorschool in de school',
        description:
          'De peuters kunnen niet naar de voorschool in het schoolgebouw, want niemand betaalt het lokaal.',
        domains: ['education', 'childcare'],
        email: EMAIL,
        consent: { contact: true, publication: false },
      })
      .expect(201);
    const { id: signalId, trackingUrl } = submitted.body as { id: string; trackingUrl: string };
    expect(trackingUrl.startsWith(`${web.baseUrl}/track/`)).toBe(true);

    // Its case goes the short way: recognised at once, straight to the agenda, one outcome, feedback.
    const triaged = await triagedSignal<{ version: number; suggestions: unknown }>(http, adviser, signalId);
    const caseId = await openCase(http, adviser, signalId, {
      expectedVersion: triaged.version,
      title: TITLE,
    });
    await moveCase(http, adviser, caseId, {
      to: 'agenda',
      reason: 'Al breed herkend.',
      handlingOption: 'funding_experiment',
    });
    const table = await data
      .getRepository(NationalTableEntity)
      .save({ name: 'Onderwijs-Zorg-Kinderopvang-tafel', kind: 'table' });
    await data.getRepository(AgendaItemEntity).save({
      caseId,
      tableId: table.id,
      status: 'outcome',
      outcome: 'commitment',
      outcomeNote: 'Het ministerie onderzoekt een gezamenlijk budget voor voorschoolse lokalen.',
    });
    await moveCase(http, adviser, caseId, { to: 'feedback' });
    const prepared = await waitFor(async () => {
      const response = await http.get(`/api/cases/${caseId}/feedback`).set(adviser);
      return response.status === 200 ? (response.body as FeedbackView) : undefined;
    }, 'the feedback to be prepared');
    expect(prepared).toMatchObject({ status: 'draft', counts: { total: 1, pending: 1 } });

    // The adviser edits the Dutch text on the case page, previews the mail and sends it.
    const staff = await fixture.newPage();
    await signInAsStaff(staff, web, 'adviser', `/knelpunten/${caseId}`);
    await staff.getByRole('heading', { level: 1, name: TITLE }).waitFor();
    const section = staff.getByRole('region', { name: 'Terugkoppeling', exact: true });
    await section.getByText('Concept (nog niet verstuurd)').waitFor();
    const whatHappened = section.getByLabel('Wat is er met de melding gebeurd? (Nederlands)');
    expect(await whatHappened.inputValue()).toContain(TITLE);
    await expectAccessible(staff);
    await whatHappened.fill(EDITED_NL);
    await section.getByRole('button', { name: 'Teksten opslaan' }).click();
    await section.getByText('Opgeslagen.').waitFor();

    const preview = section.getByRole('region', { name: 'Voorbeeld van de e-mail' });
    await preview.getByRole('button', { name: 'Voorbeeld tonen' }).click();
    await preview.getByText('Terugkoppeling: wat er met je melding is gebeurd').waitFor();
    expect(await preview.locator('pre').innerText()).toContain(EDITED_NL);
    await preview.getByText('Toon de opgemaakte e-mail').click();
    const frame = preview.locator('iframe');
    expect(await frame.getAttribute('sandbox')).toBe('');
    await expectAccessible(staff);

    const sending = section.getByRole('region', { name: 'Versturen' });
    await sending.getByRole('button', { name: 'Terugkoppeling versturen' }).click();
    await sending.getByText(/^1 ontvanger krijgt deze terugkoppeling per e-mail/).waitFor();
    await sending.getByRole('button', { name: 'Ja, versturen' }).click();
    await section.getByText(/De terugkoppeling wordt verstuurd/).waitFor();

    // The page follows the delivery by itself until the submitter is reached.
    const recipients = section.getByRole('region', { name: 'Ontvangers' });
    await recipients
      .getByText('Iedere ontvanger is bereikt of als onbereikbaar vastgelegd.')
      .waitFor({ timeout: 60_000 });
    await recipients.getByText(/^Bereikt op /).waitFor();
    expect(await recipients.getByText('o***@example.nl').count()).toBe(1);
    const sent = await waitFor(async () => {
      const view = (await http.get(`/api/cases/${caseId}/feedback`).set(adviser).expect(200))
        .body as FeedbackView;
      return view.status === 'sent' && view.counts.pending === 0 ? view : undefined;
    }, 'every recipient to be reached');
    expect(sent.counts).toMatchObject({ total: 1, sent: 1 });
    await keepScreenshot(staff, 'feedback-case');
    await expectAccessible(staff);

    // The submitter, without an account, reads the feedback through the tracking link.
    const member = await fixture.newPage();
    await member.goto(trackingUrl);
    await member.getByRole('heading', { level: 1, name: 'Je melding volgen' }).waitFor();
    await member.getByRole('heading', { level: 2, name: 'Terugkoppeling' }).waitFor();
    await member.getByText(EDITED_NL).waitFor();
    for (const question of [
      'Wat is er met de melding gebeurd?',
      'Welke stappen zijn gezet?',
      'Wat heeft het agenderen opgeleverd?',
    ]) {
      await member.getByRole('heading', { level: 3, name: question }).waitFor();
    }
    await member.getByText(/Het ministerie onderzoekt een gezamenlijk budget/).waitFor();
    expect(await member.getByText(/Er is nog geen terugkoppeling/).count()).toBe(0);
    await keepScreenshot(member, 'feedback-tracking');
    await expectAccessible(member);

    // "Did this help?" through the personal link in the mail: chosen in advance, recorded on the button.
    const mail = await data
      .getRepository(MailMessageEntity)
      .findOneByOrFail({ purpose: 'feedback', toAddress: EMAIL });
    const link = new RegExp(
      `${web.baseUrl.replace(/[.]/g, '\\.')}/feedback/([A-Za-z0-9_-]+)\\?answer=partly`,
    ).exec(mail.textBody);
    expect(link).not.toBeNull();
    const token = link![1]!;
    await member.goto(`${web.baseUrl}/feedback/${token}?answer=partly`);
    await member.getByRole('heading', { level: 1, name: 'Heeft de terugkoppeling geholpen?' }).waitFor();
    await member.getByText(`Over het knelpunt: ${TITLE}`).waitFor();
    expect(await member.getByLabel('Gedeeltelijk').isChecked()).toBe(true);
    const before = await http.get(`/api/public/feedback/${token}`).expect(200);
    expect(before.body).toMatchObject({ helped: null });
    await keepScreenshot(member, 'feedback-answer');
    await expectAccessible(member);

    await member.getByLabel('Nee, dit heeft niet geholpen').check();
    await member.getByLabel('Wil je nog iets toevoegen? (niet verplicht)').fill(COMMENT);
    await member.getByRole('button', { name: 'Antwoord versturen' }).click();
    await member.getByText('Dank je wel! We hebben je antwoord vastgelegd.').waitFor();
    await member.getByRole('region', { name: 'Je antwoord' }).getByText(COMMENT).waitFor();
    await expectAccessible(member);
    const after = await http.get(`/api/public/feedback/${token}`).expect(200);
    expect(after.body).toMatchObject({ helped: 'no', comment: COMMENT });

    // The "no" comes back to the adviser, with the suggestion to reopen the closed case.
    await staff.goto(`${web.baseUrl}/beheer/terugkoppeling`);
    await staff.getByRole('heading', { level: 1, name: 'Aandacht nodig' }).waitFor();
    const item = staff.getByRole('article', { name: new RegExp(`: ${TITLE}$`) });
    await item.getByText(COMMENT).waitFor();
    await item.getByText(/Overweeg het knelpunt te heropenen/).waitFor();
    await item.getByRole('link', { name: /Naar het knelpunt om het te heropenen/ }).waitFor();
    await keepScreenshot(staff, 'feedback-attention');
    await expectAccessible(staff);
  }, 180_000);
});
