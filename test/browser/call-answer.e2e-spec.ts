// A targeted call in a real browser: an adviser's case in recognition gets a targeted call for members
// in childcare; after publishing, the invitation mails go out, and a member opens the personal link from
// the mail, finds the form filled in from their profile, answers, and the answer shows up (without who
// gave it) in the case's recognition panel. The answer page and the adviser's pages are checked with axe.
import { describe, expect, it } from '@jest/globals';
import { MailMessageEntity, UserEntity } from '@app/persistence';
import { keepScreenshot } from '../support/browser';
import {
  expectAccessible,
  openCase,
  setUpBrowserSystem,
  signInAsStaff,
  submitSignal,
  triagedSignal,
} from '../support/browser-fixtures';
import { waitFor } from '../support/wait-for';

const SIGNAL = {
  title: 'Geen lokaal voor de peutergroep in de basisschool',
  description:
    'Wij wilden met de kinderopvang een peutergroep in onze basisschool starten. Alles was geregeld, behalve ' +
    'een lokaal dat geschikt is voor peuters. Het plan ligt nu stil.',
  domains: ['childcare', 'education'],
  region: 'Utrecht',
  submitterRole: 'school_leader',
  channel: 'website',
};

const QUESTION = 'Herken je dat een peutergroep in een school geen geschikt lokaal krijgt?';
const NEEDED = 'Afspraken tussen gemeente, schoolbestuur en kinderopvang over huisvesting';

interface SignalDetail {
  version: number;
  suggestions: unknown;
}

interface CallView {
  id: string;
  version: number;
  audienceSize: number | null;
  invited: number;
  fanoutCompletedAt: string | null;
}

interface RecognitionPanel {
  answers: Record<string, unknown>[];
  calls: CallView[];
}

describe('answering a targeted call in a browser', () => {
  const fixture = setUpBrowserSystem();

  it('invites the audience by mail and stores the answer given through the personal link', async () => {
    const { web, http } = fixture;
    const adviser = web.system.as('adviser');

    // A case in recognition, from a submitted signal.
    const signalId = await submitSignal(http, SIGNAL);
    const triaged = await triagedSignal<SignalDetail>(http, adviser, signalId);
    const caseId = await openCase(http, adviser, signalId, { expectedVersion: triaged.version });

    // Members with profiles: the test member sets theirs; two more are in childcare, one elsewhere.
    await http
      .put('/api/me/profile')
      .set(web.system.as('member'))
      .send({ domains: ['childcare'], region: 'Utrecht', organisationType: 'childcare_organisation' })
      .expect(200);
    const users = web.system.dataSource.getRepository(UserEntity);
    await users.save([
      {
        email: 'lid.een@test.signaalroute.nl',
        displayName: 'Lid Een',
        role: 'member',
        domains: ['childcare'],
      },
      {
        email: 'lid.twee@test.signaalroute.nl',
        displayName: 'Lid Twee',
        role: 'member',
        domains: ['childcare', 'education'],
        region: 'Amersfoort',
      },
      { email: 'lid.drie@test.signaalroute.nl', displayName: 'Lid Drie', role: 'member', domains: ['care'] },
    ]);
    const size = await http.get('/api/calls/audience-size?domains=childcare').set(adviser).expect(200);
    expect(size.body).toEqual({ size: 3 });

    // A targeted call about the case, published to members in childcare.
    const created = await http
      .post('/api/calls')
      .set(adviser)
      .send({
        kind: 'targeted',
        caseId,
        question: QUESTION,
        reason: 'Een school meldde dit. We willen weten of het vaker speelt voordat we het verder uitzoeken.',
        channels: ['website', 'newsletter'],
        closesAt: new Date(Date.now() + 7 * 24 * 3600_000).toISOString(),
        audienceDomains: ['childcare'],
      })
      .expect(201);
    const draft = created.body as CallView;
    const published = await http
      .post(`/api/calls/${draft.id}/publish`)
      .set(adviser)
      .send({ expectedVersion: draft.version })
      .expect(200);
    expect((published.body as CallView).audienceSize).toBe(3);

    // The invitations go out; the test member's mail holds their personal link.
    const mails = web.system.dataSource.getRepository(MailMessageEntity);
    await waitFor(
      async () => (await mails.countBy({ purpose: 'call_invitation' })) === 3,
      'three invitation mails',
      30_000,
    );
    const call = await waitFor(async () => {
      const body = (await http.get(`/api/calls/${draft.id}`).set(adviser).expect(200)).body as CallView;
      return body.fanoutCompletedAt ? body : undefined;
    }, 'the sending to complete');
    expect(call.invited).toBe(3);
    const mail = await mails.findOneByOrFail({
      purpose: 'call_invitation',
      toAddress: web.system.users.member.email,
    });
    const link = new RegExp(`${web.baseUrl.replace(/[.]/g, '\\.')}/answer/([A-Za-z0-9_-]+)`).exec(
      mail.textBody,
    );
    expect(link).not.toBeNull();
    const token = link![1]!;

    // The member opens the link: the call, and the form filled in from their profile.
    const page = await fixture.newPage();
    await page.goto(`${web.baseUrl}/answer/${token}`);
    await page.getByRole('heading', { level: 1, name: 'Geef je antwoord' }).waitFor();
    await page.getByText(QUESTION).waitFor();
    expect(await page.getByLabel('In welk domein werk je?').inputValue()).toBe('childcare');
    expect(await page.getByLabel('Gemeente of regio').inputValue()).toBe('Utrecht');
    expect(await page.getByLabel('Bij wat voor organisatie werk je?').inputValue()).toBe(
      'childcare_organisation',
    );
    await expectAccessible(page);

    await page.getByLabel('Ja, dit herken ik').check();
    await page.getByLabel('Zeer urgent').check();
    await page.getByLabel('Wat is er nodig om er iets aan te doen?').fill(NEEDED);
    await page.getByLabel('Naam van je organisatie').fill('Kinderopvang De Zon');
    await page.getByRole('button', { name: 'Verstuur antwoord' }).click();
    await page.getByText('Bedankt, je antwoord is opgeslagen.', { exact: false }).waitFor();
    await page.getByRole('button', { name: 'Wijzig antwoord' }).waitFor();
    await keepScreenshot(page, 'call-answer');
    await expectAccessible(page);

    // Stored, and shown to the adviser without who gave it.
    const panel = (await http.get(`/api/cases/${caseId}/recognition`).set(adviser).expect(200))
      .body as RecognitionPanel;
    expect(panel.answers).toHaveLength(1);
    expect(panel.answers[0]).toMatchObject({
      callId: draft.id,
      recognition: 'recognised',
      urgency: 'high',
      needed: NEEDED,
      domain: 'childcare',
      region: 'Utrecht',
      organisationType: 'childcare_organisation',
      organisation: 'Kinderopvang De Zon',
      byMember: true,
    });
    expect(JSON.stringify(panel.answers[0])).not.toContain(web.system.users.member.email);

    // Coming back through the link shows the answer, to be changed.
    await page.goto(`${web.baseUrl}/answer/${token}`);
    await page.getByText('Je hebt al geantwoord op', { exact: false }).waitFor();
    expect(await page.getByLabel('Wat is er nodig om er iets aan te doen?').inputValue()).toBe(NEEDED);

    // A link that does not exist says so.
    await page.goto(`${web.baseUrl}/answer/${'x'.repeat(43)}`);
    await page.getByText('We kennen deze link niet.', { exact: false }).waitFor();
  }, 120_000);

  it("shows the adviser the call's progress and the recognition panel with the answers", async () => {
    const page = await fixture.newPage();
    await signInAsStaff(page, fixture.web, 'adviser');
    await page.getByRole('heading', { level: 1, name: 'Inbox: nieuwe meldingen' }).waitFor();

    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Oproepen' }).click();
    const table = page.getByRole('table', { name: 'Alle oproepen' });
    await table.getByRole('link', { name: QUESTION }).waitFor();
    expect(await table.getByRole('row').nth(1).innerText()).toContain('3 van 3');
    await keepScreenshot(page, 'calls');
    await expectAccessible(page);

    await table.getByRole('link', { name: QUESTION }).click();
    await page.getByRole('heading', { level: 1, name: QUESTION }).waitFor();
    await page.getByText('3 van 3 leden uitgenodigd').waitFor();
    await page.getByText('Alle uitnodigingen zijn verstuurd.').waitFor();
    await expectAccessible(page);

    await page.getByRole('link', { name: /KP-/ }).click();
    const panel = page.locator('section', { has: page.getByRole('heading', { name: 'Herkenning toetsen' }) });
    await panel.getByText('Toon de antwoorden (1)').click();
    await panel.getByText(NEEDED).waitFor();
    await keepScreenshot(page, 'recognition-panel');
    await expectAccessible(page);

    // A new targeted call from the case page shows its reach while the audience is chosen.
    await panel.getByRole('link', { name: 'Nieuwe gerichte oproep' }).click();
    await page.getByRole('heading', { level: 1, name: 'Nieuwe gerichte oproep' }).waitFor();
    await page.getByRole('group', { name: 'Domeinen' }).getByLabel('Kinderopvang').check();
    await page.getByText('Deze doelgroep telt nu 3 leden.').waitFor();
    await expectAccessible(page);
  }, 60_000);
});
