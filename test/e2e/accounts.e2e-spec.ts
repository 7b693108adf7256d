// Accounts end to end over HTTP, with the real worker delivering mail to a real SMTP server: invites,
// password resets and members' sign-in links (single use, expiring, revealing nothing about which
// addresses exist), rate limits, admin user management with deactivation, members' own signals, and
// the audit log.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import request from 'supertest';
import { RATE_LIMIT_POLICIES } from '../../apps/api/src/auth/rate-limit.service';
import {
  AuditLogEntity,
  AuthLinkEntity,
  MailMessageEntity,
  SignalEntity,
  UserEntity,
} from '@app/persistence';
import type { Role } from '@app/workflow';
import { hashPassword } from '../../apps/api/src/auth/password-hasher';
import { RateLimitService } from '../../apps/api/src/auth/rate-limit.service';
import { startTestSystem, TEST_PASSWORD, type TestSystem } from '../support/test-system';
import { TestSmtpServer } from '../support/test-smtp-server';
import { waitFor } from '../support/wait-for';

interface Session {
  cookie: string;
  csrfToken: string;
}

type LinkPath = 'invite' | 'reset' | 'sign-in';

const signal = {
  title: 'Geen vervoer naar de dagbesteding na school',
  description:
    'Ons kind kan na schooltijd niet naar de dagbesteding, omdat het leerlingenvervoer alleen naar huis rijdt ' +
    'en de gemeente het vervoer naar de zorgaanbieder niet vergoedt.',
  domains: ['education', 'care'],
  region: 'Zwolle',
  submitterRole: 'parent',
};

describe('accounts: invites, links, roles and deactivation', () => {
  let system: TestSystem;
  let smtp: TestSmtpServer;
  let http: ReturnType<typeof request>;
  let counter = 0;

  beforeAll(async () => {
    smtp = new TestSmtpServer();
    const smtpUrl = await smtp.start();
    system = await startTestSystem({ env: { SMTP_URL: smtpUrl } });
    http = request(system.api.getHttpServer());
  });

  afterAll(async () => {
    await system?.close();
    await smtp?.stop();
  });

  // Every request comes from this machine: forget the per-IP counts so each test starts fresh.
  beforeEach(async () => {
    const limits = system.api.get(RateLimitService);
    for (const ip of ['::ffff:127.0.0.1', '127.0.0.1', '::1']) {
      for (const policy of ['email_link_ip', 'link_use_ip', 'invite_ip', 'sign_in_ip'] as const) {
        await limits.reset(policy, ip);
      }
    }
  });

  function uniqueEmail(name: string): string {
    counter += 1;
    return `${name.replace(/\W+/g, '.')}.${counter}.${Date.now()}@voorbeeld.nl`.toLowerCase();
  }

  /** The token of the newest link of this kind mailed to `to` since `after` mails had arrived. */
  async function linkFromMail(to: string, path: LinkPath, after: number): Promise<string> {
    const pattern = new RegExp(`/${path}/([A-Za-z0-9_-]{43})`);
    const mail = await waitFor(
      () =>
        Promise.resolve(
          smtp.received.slice(after).find((m) => m.rcptTo.includes(to) && pattern.test(unfold(m.raw))),
        ),
      `the ${path} mail to ${to}`,
    );
    return pattern.exec(unfold(mail.raw))![1];
  }

  function sessionOf(response: request.Response): Session {
    const setCookie = ([] as string[]).concat(response.headers['set-cookie'] ?? []);
    const cookie = setCookie.find((c) => c.startsWith('sr_session='));
    expect(cookie).toBeDefined();
    return { cookie: cookie!.split(';')[0], csrfToken: (response.body as { csrfToken: string }).csrfToken };
  }

  function withSession(session: Session): Record<string, string> {
    return { Cookie: session.cookie, 'X-CSRF-Token': session.csrfToken };
  }

  async function login(email: string, password = TEST_PASSWORD): Promise<Session> {
    return sessionOf(await http.post('/api/auth/login').send({ email, password }).expect(200));
  }

  async function createStaff(role: Role, name: string): Promise<UserEntity> {
    return system.dataSource.getRepository(UserEntity).save({
      email: uniqueEmail(name),
      displayName: name,
      role,
      passwordHash: await hashPassword(TEST_PASSWORD),
    });
  }

  /** A new member signed in through a sign-in link. */
  async function signInMember(email = uniqueEmail('lid')): Promise<{ session: Session; user: UserEntity }> {
    const before = smtp.received.length;
    await http.post('/api/auth/magic-link').send({ email }).expect(202);
    const token = await linkFromMail(email, 'sign-in', before);
    const response = await http.post('/api/auth/magic-link/verify').send({ token }).expect(200);
    const user = await system.dataSource.getRepository(UserEntity).findOneByOrFail({ email });
    return { session: sessionOf(response), user };
  }

  function auditOf(action: AuditLogEntity['action'], subjectId?: string): Promise<AuditLogEntity[]> {
    return system.dataSource
      .getRepository(AuditLogEntity)
      .find({ where: { action, ...(subjectId ? { subjectId } : {}) }, order: { id: 'ASC' } });
  }

  describe('invites', () => {
    it('lets an admin invite staff; the link sets the password and signs in, once', async () => {
      const email = uniqueEmail('Nieuwe.Adviseur');
      const before = smtp.received.length;
      const invited = await http
        .post('/api/users/invite')
        .set(system.as('admin'))
        .send({ email: email.toUpperCase(), displayName: 'Nieuwe Adviseur', role: 'adviser' })
        .expect(201);
      expect(invited.body).toEqual({
        id: expect.any(String),
        email: email.toLowerCase(),
        displayName: 'Nieuwe Adviseur',
        role: 'adviser',
        active: true,
        lastSignInAt: null,
        createdAt: expect.any(String),
      });
      const userId = (invited.body as { id: string }).id;

      // The invite arrives in Dutch, with a link to the web app that works for 7 days.
      const token = await linkFromMail(email.toLowerCase(), 'invite', before);
      const mail = smtp.received.slice(before).find((m) => m.rcptTo.includes(email.toLowerCase()))!;
      expect(unfold(mail.raw)).toContain(`http://localhost:3000/invite/${token}`);
      const link = await system.dataSource.getRepository(AuthLinkEntity).findOneByOrFail({ userId });
      const days = (link.expiresAt.getTime() - link.createdAt.getTime()) / 86_400_000;
      expect(days).toBeCloseTo(7, 1);
      expect(link.tokenHash).not.toContain(token);
      // Staff reading outgoing mail do not get the link: it would let them take the account.
      const stored = await system.dataSource
        .getRepository(MailMessageEntity)
        .findOneByOrFail({ toAddress: email.toLowerCase(), purpose: 'invite' });
      const shown = await http.get(`/api/mail/${stored.id}`).set(system.as('admin')).expect(200);
      expect(JSON.stringify(shown.body)).not.toContain(token);

      // Without a password the account cannot sign in yet.
      await http.post('/api/auth/login').send({ email, password: 'een-nieuw-wachtwoord' }).expect(401);

      const tooShort = await http
        .post('/api/auth/invite/accept')
        .send({ token, password: 'kort' })
        .expect(400);
      expect(tooShort.body).toMatchObject({ errors: [expect.objectContaining({ field: 'password' })] });

      const accepted = await http
        .post('/api/auth/invite/accept')
        .send({ token, password: 'een-nieuw-wachtwoord' })
        .expect(200);
      expect(accepted.body).toMatchObject({
        user: { id: userId, role: 'adviser', email: email.toLowerCase() },
        via: 'session',
        csrfToken: expect.any(String),
      });
      const session = sessionOf(accepted);
      await http.get('/api/signals').set('Cookie', session.cookie).expect(200);
      await login(email, 'een-nieuw-wachtwoord');

      // The same link a second time: refused, and it does not say why.
      const again = await http
        .post('/api/auth/invite/accept')
        .send({ token, password: 'nog-een-ander-wachtwoord' })
        .expect(410);
      expect(again.body).toMatchObject({ code: 'link_invalid' });
      await login(email, 'een-nieuw-wachtwoord');

      expect(await auditOf('invite_sent', userId)).toEqual([
        expect.objectContaining({ actorId: system.users.admin.id, details: { role: 'adviser' } }),
      ]);
      expect(await auditOf('invite_accepted', userId)).toHaveLength(1);
      const failed = await system.dataSource
        .getRepository(AuditLogEntity)
        .findBy({ action: 'sign_in_failed', actorId: userId });
      expect(failed.map((row) => row.details)).toContainEqual({
        method: 'email_link',
        purpose: 'invite',
        reason: 'used',
      });
    });

    it('refuses an expired link with the same answer as a used or unknown one', async () => {
      const email = uniqueEmail('verlopen');
      const before = smtp.received.length;
      const invited = await http
        .post('/api/users/invite')
        .set(system.as('admin'))
        .send({ email, displayName: 'Te Laat', role: 'expert', locale: 'en' })
        .expect(201);
      const token = await linkFromMail(email, 'invite', before);
      const mail = smtp.received.slice(before).find((m) => m.rcptTo.includes(email))!;
      expect(unfold(mail.raw)).toContain('You are invited to work in Signaalroute');
      await system.dataSource
        .getRepository(AuthLinkEntity)
        .update({ userId: (invited.body as { id: string }).id }, { expiresAt: new Date(Date.now() - 1000) });

      const expired = await http
        .post('/api/auth/invite/accept')
        .send({ token, password: 'een-nieuw-wachtwoord' })
        .expect(410);
      const unknown = await http
        .post('/api/auth/invite/accept')
        .send({ token: 'x'.repeat(43), password: 'een-nieuw-wachtwoord' })
        .expect(410);
      expect(withoutId(expired.body)).toEqual(withoutId(unknown.body));
      expect(expired.body).toMatchObject({ message: expect.stringContaining('niet (meer) geldig') });
      await http.post('/api/auth/login').send({ email, password: 'een-nieuw-wachtwoord' }).expect(401);
      const failed = await system.dataSource
        .getRepository(AuditLogEntity)
        .findOneByOrFail({ action: 'sign_in_failed', actorId: (invited.body as { id: string }).id });
      expect(failed.details).toMatchObject({ reason: 'expired' });
    });

    it('refuses an existing address (409), a member role, and anyone but an admin', async () => {
      const taken = await http
        .post('/api/users/invite')
        .set(system.as('admin'))
        .send({ email: 'Adviser@test.signaalroute.nl', displayName: 'Dubbel', role: 'adviser' })
        .expect(409);
      expect(taken.body).toMatchObject({ code: 'conflict' });
      await http
        .post('/api/users/invite')
        .set(system.as('admin'))
        .send({ email: uniqueEmail('lid'), displayName: 'Lid', role: 'member' })
        .expect(400);
      await http
        .post('/api/users/invite')
        .set(system.as('adviser'))
        .send({ email: uniqueEmail('x'), displayName: 'X', role: 'adviser' })
        .expect(403);
    });
  });

  describe('password reset', () => {
    it('sets a new password through the mailed link and ends the other sessions', async () => {
      const staff = await createStaff('liaison', 'Tafel Liaison');
      const first = await login(staff.email);
      const second = await login(staff.email);
      const own = await login(staff.email);

      const before = smtp.received.length;
      const asked = await http.post('/api/auth/password-reset').send({ email: staff.email }).expect(202);
      expect(asked.body).toEqual({ message: expect.stringContaining('1 uur geldig') });
      const token = await linkFromMail(staff.email, 'reset', before);

      // Confirmed from one of the account's own sessions: that one stays, the others end at once.
      await http
        .post('/api/auth/password-reset/confirm')
        .set(withSession(own))
        .send({ token, password: 'een-veel-beter-wachtwoord' })
        .expect(204);
      await http.get('/api/auth/me').set('Cookie', first.cookie).expect(401);
      await http.get('/api/auth/me').set('Cookie', second.cookie).expect(401);
      await http.get('/api/auth/me').set('Cookie', own.cookie).expect(200);

      await http.post('/api/auth/login').send({ email: staff.email, password: TEST_PASSWORD }).expect(401);
      await login(staff.email, 'een-veel-beter-wachtwoord');
      await http
        .post('/api/auth/password-reset/confirm')
        .send({ token, password: 'nog-een-wachtwoord-erbij' })
        .expect(410);

      expect(await auditOf('password_reset_requested', staff.id)).toHaveLength(1);
      expect(await auditOf('password_reset', staff.id)).toHaveLength(1);
    });

    it('ends every session when confirmed without one, and only the newest link works', async () => {
      const staff = await createStaff('expert', 'Expert Reset');
      const session = await login(staff.email);
      const before = smtp.received.length;
      await http.post('/api/auth/password-reset').send({ email: staff.email }).expect(202);
      const older = await linkFromMail(staff.email, 'reset', before);
      const between = smtp.received.length;
      await http.post('/api/auth/password-reset').send({ email: staff.email }).expect(202);
      const newer = await linkFromMail(staff.email, 'reset', between);

      await http
        .post('/api/auth/password-reset/confirm')
        .send({ token: older, password: 'een-veel-beter-wachtwoord' })
        .expect(410);
      await http
        .post('/api/auth/password-reset/confirm')
        .send({ token: newer, password: 'een-veel-beter-wachtwoord' })
        .expect(204);
      await http.get('/api/auth/me').set('Cookie', session.cookie).expect(401);
    });

    it('answers the same for a staff account, a member, a deactivated account and an unknown address', async () => {
      const staff = await createStaff('adviser', 'Bekend');
      const gone = await createStaff('adviser', 'Weg');
      await system.dataSource.getRepository(UserEntity).update({ id: gone.id }, { active: false });
      const answers = [];
      for (const email of [staff.email, system.users.member.email, gone.email, uniqueEmail('onbekend')]) {
        const response = await http.post('/api/auth/password-reset').send({ email });
        answers.push({ status: response.status, body: response.body as unknown });
      }
      expect(answers[0]).toEqual({ status: 202, body: { message: expect.any(String) } });
      for (const answer of answers) expect(answer).toEqual(answers[0]);

      // Only the active staff account got a mail.
      const mails = await system.dataSource
        .getRepository(MailMessageEntity)
        .findBy({ purpose: 'password_reset' });
      const to = mails.map((m) => m.toAddress);
      expect(to).toContain(staff.email);
      expect(to).not.toContain(system.users.member.email);
      expect(to).not.toContain(gone.email);

      const english = await http
        .post('/api/auth/password-reset')
        .set('Accept-Language', 'en')
        .send({ email: uniqueEmail('onbekend') })
        .expect(202);
      expect(english.body).toEqual({ message: expect.stringContaining('valid for 1 hour') });
    });
  });

  describe('member sign-in links', () => {
    it('makes a member account for a new address and signs it in through the link, once', async () => {
      const email = uniqueEmail('Ouder');
      const before = smtp.received.length;
      const asked = await http.post('/api/auth/magic-link').send({ email }).expect(202);
      expect(asked.body).toEqual({ message: expect.stringContaining('15 minuten geldig') });
      const user = await system.dataSource
        .getRepository(UserEntity)
        .findOneByOrFail({ email: email.toLowerCase() });
      expect(user).toMatchObject({ role: 'member', active: true, locale: 'nl' });

      const token = await linkFromMail(email.toLowerCase(), 'sign-in', before);
      const link = await system.dataSource.getRepository(AuthLinkEntity).findOneByOrFail({ userId: user.id });
      expect(link.purpose).toBe('magic_link');
      expect((link.expiresAt.getTime() - link.createdAt.getTime()) / 60_000).toBeCloseTo(15, 0);

      // Used twice at the same moment: the row lock lets exactly one through.
      const [first, second] = await Promise.all([
        http.post('/api/auth/magic-link/verify').send({ token }),
        http.post('/api/auth/magic-link/verify').send({ token }),
      ]);
      expect([first.status, second.status].sort()).toEqual([200, 410]);
      const verified = first.status === 200 ? first : second;
      expect(verified.body).toMatchObject({ user: { id: user.id, role: 'member' }, via: 'session' });
      const session = sessionOf(verified);
      const me = await http.get('/api/auth/me').set('Cookie', session.cookie).expect(200);
      expect(me.body).toMatchObject({ user: { id: user.id, role: 'member' } });
      await http.post('/api/auth/magic-link/verify').send({ token }).expect(410);

      const signIns = await system.dataSource
        .getRepository(AuditLogEntity)
        .findBy({ action: 'sign_in', actorId: user.id });
      expect(signIns.map((row) => row.details)).toEqual([{ method: 'email_link' }]);
      expect(await auditOf('magic_link_sent', user.id)).toEqual([
        expect.objectContaining({ details: { newAccount: true } }),
      ]);

      // A second request sends a new link to the same account; no second account appears.
      const again = smtp.received.length;
      await http.post('/api/auth/magic-link').send({ email }).expect(202);
      await linkFromMail(email.toLowerCase(), 'sign-in', again);
      expect(await system.dataSource.getRepository(UserEntity).countBy({ email: email.toLowerCase() })).toBe(
        1,
      );
    });

    it('answers the same for a member, a new address, staff and a deactivated member; staff get no link', async () => {
      const gone = await system.dataSource.getRepository(UserEntity).save({
        email: uniqueEmail('weg'),
        displayName: 'Weg',
        role: 'member',
        active: false,
      });
      const addresses = [
        system.users.member.email,
        uniqueEmail('nieuw'),
        system.users.adviser.email,
        gone.email,
      ];
      const answers = [];
      for (const email of addresses) {
        const response = await http.post('/api/auth/magic-link').send({ email });
        answers.push({ status: response.status, body: response.body as unknown });
      }
      for (const answer of answers) expect(answer).toEqual(answers[0]);
      expect(answers[0].status).toBe(202);

      const mails = await system.dataSource
        .getRepository(MailMessageEntity)
        .findBy({ purpose: 'magic_link' });
      const to = mails.map((m) => m.toAddress);
      expect(to).toContain(system.users.member.email);
      expect(to).toContain(addresses[1]);
      expect(to).not.toContain(system.users.adviser.email);
      expect(to).not.toContain(gone.email);
    });

    it('limits requests per address and per IP, and link use per IP (429 with Retry-After)', async () => {
      const email = uniqueEmail('veel');
      for (let i = 0; i < 5; i += 1) {
        await http.post('/api/auth/magic-link').send({ email }).expect(202);
      }
      const limited = await http.post('/api/auth/magic-link').send({ email }).expect(429);
      expect(limited.body).toMatchObject({ code: 'rate_limited' });
      expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
      // The same for an address that has no account: the limit reveals nothing either.
      const unknown = uniqueEmail('reset-onbekend');
      for (let i = 0; i < 4; i += 1) {
        await http.post('/api/auth/password-reset').send({ email: unknown }).expect(202);
      }
      // 5 + 1 + 4 requests from this IP so far; other addresses fill it up to the limit per IP.
      for (let i = 10; i < RATE_LIMIT_POLICIES.email_link_ip.points; i += 1) {
        await http
          .post('/api/auth/password-reset')
          .send({ email: uniqueEmail(`vul${i}`) })
          .expect(202);
      }
      // The next one is refused whatever the address.
      await http
        .post('/api/auth/password-reset')
        .send({ email: uniqueEmail('ander') })
        .expect(429);

      for (let i = 0; i < 30; i += 1) {
        await http
          .post('/api/auth/magic-link/verify')
          .send({ token: `t${i}`.padEnd(43, 'x') })
          .expect(410);
      }
      await http
        .post('/api/auth/magic-link/verify')
        .send({ token: 'y'.repeat(43) })
        .expect(429);
    });
  });

  describe('user management', () => {
    it('lists accounts for admins only, filtered by role', async () => {
      const experts = await http.get('/api/users?role=expert').set(system.as('admin')).expect(200);
      const items = (experts.body as { items: { email: string; role: string }[] }).items;
      expect(items.length).toBeGreaterThan(0);
      expect(items.every((u) => u.role === 'expert')).toBe(true);
      expect(items.map((u) => u.email)).toContain(system.users.expert.email);
      expect(JSON.stringify(experts.body)).not.toMatch(/password/i);
      await http.get('/api/users').set(system.as('adviser')).expect(403);
      await http.get('/api/users').expect(401);
    });

    it('changes a role, audits it with from and to, and never lets admins change their own role', async () => {
      const staff = await createStaff('expert', 'Wordt Liaison');
      const changed = await http
        .patch(`/api/users/${staff.id}`)
        .set(system.as('admin'))
        .send({ role: 'liaison', displayName: 'Nu Liaison' })
        .expect(200);
      expect(changed.body).toMatchObject({ id: staff.id, role: 'liaison', displayName: 'Nu Liaison' });
      expect(await auditOf('role_changed', staff.id)).toEqual([
        expect.objectContaining({
          actorId: system.users.admin.id,
          subjectType: 'user',
          details: { from: 'expert', to: 'liaison' },
          ip: expect.stringContaining('127.0.0.1'),
        }),
      ]);
      const session = await login(staff.email);
      const me = await http.get('/api/auth/me').set('Cookie', session.cookie).expect(200);
      expect(me.body).toMatchObject({ user: { role: 'liaison' } });

      // A name change alone is no role change.
      await http
        .patch(`/api/users/${staff.id}`)
        .set(system.as('admin'))
        .send({ displayName: 'Anders' })
        .expect(200);
      expect(await auditOf('role_changed', staff.id)).toHaveLength(1);

      const own = await http
        .patch(`/api/users/${system.users.admin.id}`)
        .set(system.as('admin'))
        .send({ role: 'adviser' })
        .expect(409);
      expect(own.body).toMatchObject({ code: 'conflict' });
    });

    it('deactivates an account: its session and API token stop at once, its history stays', async () => {
      const { session, user } = await signInMember();
      const created = await http
        .post('/api/auth/tokens')
        .set(withSession(session))
        .send({ name: 'mijn-script' })
        .expect(201);
      const bearer = { Authorization: `Bearer ${(created.body as { token: string }).token}` };
      const submitted = await http.post('/api/signals').set(withSession(session)).send(signal).expect(201);
      const signalId = (submitted.body as { id: string }).id;
      await http.get('/api/me/signals').set('Cookie', session.cookie).expect(200);
      await http.get('/api/me/signals').set(bearer).expect(200);

      const deactivated = await http
        .post(`/api/users/${user.id}/deactivate`)
        .set(system.as('admin'))
        .expect(200);
      expect(deactivated.body).toMatchObject({ id: user.id, active: false });

      await http.get('/api/me/signals').set('Cookie', session.cookie).expect(401);
      await http.get('/api/me/signals').set(bearer).expect(401);
      // On a public route the caller is simply no longer known: the signal would be anonymous.
      const stored = await system.dataSource.getRepository(SignalEntity).findOneByOrFail({ id: signalId });
      expect(stored.submittedById).toBe(user.id);
      expect(
        await system.dataSource.getRepository(AuditLogEntity).countBy({ actorId: user.id }),
      ).toBeGreaterThan(0);
      expect(await auditOf('account_deactivated', user.id)).toEqual([
        expect.objectContaining({ actorId: system.users.admin.id }),
      ]);
      expect(
        await system.dataSource.getRepository(UserEntity).findOneByOrFail({ id: user.id }),
      ).toMatchObject({
        active: false,
      });

      // A deactivated member gets no sign-in link.
      await http.post('/api/auth/magic-link').send({ email: user.email }).expect(202);
      const links = await system.dataSource
        .getRepository(MailMessageEntity)
        .countBy({ toAddress: user.email });
      expect(links).toBe(1);

      // Reactivated, the account can sign in again; the old session and token stay revoked.
      await http.post(`/api/users/${user.id}/reactivate`).set(system.as('admin')).expect(200);
      await http.get('/api/me/signals').set('Cookie', session.cookie).expect(401);
      await http.get('/api/me/signals').set(bearer).expect(401);
      expect(await auditOf('account_reactivated', user.id)).toHaveLength(1);
    });

    it('ends a staff account at once, and never lets admins deactivate themselves', async () => {
      const staff = await createStaff('adviser', 'Vertrekt');
      const session = await login(staff.email);
      await http.get('/api/signals').set('Cookie', session.cookie).expect(200);
      await http.post(`/api/users/${staff.id}/deactivate`).set(system.as('admin')).expect(200);
      await http.get('/api/signals').set('Cookie', session.cookie).expect(401);
      await http.post('/api/auth/login').send({ email: staff.email, password: TEST_PASSWORD }).expect(401);

      const own = await http
        .post(`/api/users/${system.users.admin.id}/deactivate`)
        .set(system.as('admin'))
        .expect(409);
      expect(own.body).toMatchObject({ code: 'conflict' });
      await http.post(`/api/users/${staff.id}/deactivate`).set(system.as('adviser')).expect(403);
      await http
        .post('/api/users/00000000-0000-4000-8000-000000000000/deactivate')
        .set(system.as('admin'))
        .expect(404);
    });
  });

  describe("members' own signals", () => {
    it("ties a signed-in member's submission to the account; no other member can see it", async () => {
      const { session, user } = await signInMember();
      const submitted = await http.post('/api/signals').set(withSession(session)).send(signal).expect(201);
      const mine = submitted.body as { id: string; reference: string };
      // Without its CSRF token a session is not trusted on a public route: the signal is anonymous.
      const anonymous = await http
        .post('/api/signals')
        .set('Cookie', session.cookie)
        .send(signal)
        .expect(201);
      const stored = await system.dataSource
        .getRepository(SignalEntity)
        .findBy([{ id: mine.id }, { id: (anonymous.body as { id: string }).id }]);
      expect(Object.fromEntries(stored.map((s) => [s.id, s.submittedById]))).toEqual({
        [mine.id]: user.id,
        [(anonymous.body as { id: string }).id]: null,
      });

      const list = await http.get('/api/me/signals').set('Cookie', session.cookie).expect(200);
      expect(list.body).toEqual({
        items: [
          {
            id: mine.id,
            reference: mine.reference,
            kind: 'bottleneck',
            title: signal.title,
            status: expect.stringMatching(/^(Ontvangen|Oogsten)$/),
            statusExplanation: expect.any(String),
            state: 'open',
            createdAt: expect.any(String),
          },
        ],
        nextCursor: null,
      });

      // Once triaged by the worker, it says so, in the member's language.
      const english = await waitFor(async () => {
        const response = await http
          .get(`/api/me/signals/${mine.id}`)
          .set('Cookie', session.cookie)
          .set('Accept-Language', 'en')
          .expect(200);
        return (response.body as { status: string }).status === 'Harvesting' ? response : undefined;
      }, 'the signal to reach triage');
      expect(english.body).toMatchObject({
        id: mine.id,
        reference: mine.reference,
        state: 'open',
        steps: expect.arrayContaining([expect.objectContaining({ step: 'triage', state: 'current' })]),
      });

      // Another member (here with an API token) sees neither the list entry nor the signal.
      const other = await http.get('/api/me/signals').set(system.as('member')).expect(200);
      expect((other.body as { items: { id: string }[] }).items.map((s) => s.id)).not.toContain(mine.id);
      const refused = await http.get(`/api/me/signals/${mine.id}`).set(system.as('member')).expect(404);
      expect(refused.body).toMatchObject({ code: 'not_found' });
      await http.get('/api/me/signals').set(system.as('adviser')).expect(403);
      await http.get('/api/me/signals').expect(401);

      // A member with a token submits as themselves too.
      const byToken = await http.post('/api/signals').set(system.as('member')).send(signal).expect(201);
      const theirs = await http.get('/api/me/signals').set(system.as('member')).expect(200);
      expect((theirs.body as { items: { id: string }[] }).items.map((s) => s.id)).toContain(
        (byToken.body as { id: string }).id,
      );
    });
  });

  describe('contact details', () => {
    it("audits every time staff read a submitter's e-mail address, and only then", async () => {
      const withEmail = await http
        .post('/api/signals')
        .send({ ...signal, email: 'ouder@voorbeeld.nl', consent: { contact: true, publication: false } })
        .expect(201);
      const withoutEmail = await http.post('/api/signals').send(signal).expect(201);
      const id = (withEmail.body as { id: string }).id;

      const detail = await http.get(`/api/signals/${id}`).set(system.as('adviser')).expect(200);
      expect(detail.body).toMatchObject({ email: 'ouder@voorbeeld.nl' });
      await http.get(`/api/signals/${id}`).set(system.as('admin')).expect(200);
      await http
        .get(`/api/signals/${(withoutEmail.body as { id: string }).id}`)
        .set(system.as('adviser'))
        .expect(200);

      // Reading outgoing mail (done above to follow links) is audited too; here only signals count.
      const rows = (await auditOf('contact_details_viewed')).filter((row) => row.subjectType === 'signal');
      expect(rows.map((row) => [row.actorId, row.subjectType, row.subjectId])).toEqual([
        [system.users.adviser.id, 'signal', id],
        [system.users.admin.id, 'signal', id],
      ]);
      expect(rows[0].ip).toContain('127.0.0.1');
      // The audit log names the access, never the address itself.
      expect(JSON.stringify(rows)).not.toContain('ouder@voorbeeld.nl');
    });
  });
});

/** Undoes quoted-printable soft line breaks, so a long link reads as one string. */
function unfold(raw: string): string {
  return raw.replace(/=\r?\n/g, '');
}

function withoutId(body: unknown): unknown {
  const { correlationId: _correlationId, ...rest } = body as Record<string, unknown>;
  return rest;
}
