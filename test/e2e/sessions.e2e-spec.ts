// Browser sessions and API tokens: the cookie's attributes, CSRF on changes, sign-out ending the session
// on the server, token revocation, and sign-in failures that reveal nothing.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import request from 'supertest';
import { AuditLogEntity } from '@app/persistence';
import { startTestSystem, TEST_PASSWORD, type TestSystem } from '../support/test-system';

interface SignedIn {
  cookie: string;
  csrfToken: string;
}

describe('sessions and tokens', () => {
  let system: TestSystem;
  let http: ReturnType<typeof request>;

  beforeAll(async () => {
    system = await startTestSystem({ worker: false });
    http = request(system.api.getHttpServer());
  });

  afterAll(async () => {
    await system?.close();
  });

  async function signIn(email: string, password = TEST_PASSWORD): Promise<SignedIn> {
    const response = await http.post('/api/auth/login').send({ email, password }).expect(200);
    const setCookie = ([] as string[]).concat(response.headers['set-cookie'] ?? []);
    return {
      cookie: setCookie[0].split(';')[0],
      csrfToken: (response.body as { csrfToken: string }).csrfToken,
    };
  }

  it('signs staff in with an HTTP-only, SameSite session cookie and tells who is signed in', async () => {
    const response = await http
      .post('/api/auth/login')
      .send({ email: 'ADVISER@test.signaalroute.nl', password: TEST_PASSWORD })
      .expect(200);
    const setCookie = ([] as string[]).concat(response.headers['set-cookie'] ?? [])[0];
    expect(setCookie).toMatch(/^sr_session=[A-Za-z0-9_-]{43};/);
    expect(setCookie).toMatch(/HttpOnly/i);
    expect(setCookie).toMatch(/SameSite=Lax/i);
    expect(response.body).toMatchObject({
      user: { email: 'adviser@test.signaalroute.nl', role: 'adviser' },
      via: 'session',
      csrfToken: expect.any(String),
    });

    const me = await http.get('/api/auth/me').set('Cookie', setCookie.split(';')[0]).expect(200);
    expect(me.body).toMatchObject({
      user: { role: 'adviser' },
      via: 'session',
      csrfToken: response.body.csrfToken,
    });
    const audit = await system.dataSource
      .getRepository(AuditLogEntity)
      .findOneByOrFail({ action: 'sign_in', actorId: system.users.adviser.id });
    expect(audit.details).toEqual({ method: 'password' });
  });

  it('refuses a change from a session without its CSRF token, and accepts it with the token', async () => {
    const session = await signIn('adviser@test.signaalroute.nl');
    const without = await http
      .post('/api/auth/tokens')
      .set('Cookie', session.cookie)
      .send({ name: 'script' })
      .expect(403);
    expect(without.body).toMatchObject({ code: 'csrf_failed' });
    await http
      .post('/api/auth/tokens')
      .set('Cookie', session.cookie)
      .set('X-CSRF-Token', 'x'.repeat(32))
      .send({ name: 'script' })
      .expect(403);
    await http
      .post('/api/auth/tokens')
      .set('Cookie', session.cookie)
      .set('X-CSRF-Token', session.csrfToken)
      .send({ name: 'script' })
      .expect(201);
    // Reading needs no CSRF token.
    await http.get('/api/signals').set('Cookie', session.cookie).expect(200);
  });

  it('ends the session on the server at sign-out: the old cookie no longer works', async () => {
    const session = await signIn('admin@test.signaalroute.nl');
    await http.get('/api/auth/me').set('Cookie', session.cookie).expect(200);
    await http
      .post('/api/auth/logout')
      .set('Cookie', session.cookie)
      .set('X-CSRF-Token', session.csrfToken)
      .expect(204);
    await http.get('/api/auth/me').set('Cookie', session.cookie).expect(401);
  });

  it('shows a personal API token once, stores only its hash, and stops it at once when revoked', async () => {
    const created = await http
      .post('/api/auth/tokens')
      .set(system.as('liaison'))
      .send({ name: 'agenda-export' })
      .expect(201);
    const { id, token, prefix } = created.body as { id: string; token: string; prefix: string };
    expect(token).toMatch(/^srt_[A-Za-z0-9_-]{43}$/);
    expect(token.startsWith(prefix)).toBe(true);
    const stored = (await system.dataSource.query('SELECT token_hash FROM api_tokens WHERE id = $1', [
      id,
    ])) as {
      token_hash: string;
    }[];
    expect(stored[0].token_hash).not.toContain(token.slice(4));

    const bearer = { Authorization: `Bearer ${token}` };
    const me = await http.get('/api/auth/me').set(bearer).expect(200);
    expect(me.body).toMatchObject({ user: { role: 'liaison' }, via: 'token' });
    expect((me.body as { csrfToken?: string }).csrfToken).toBeUndefined();
    const listed = await http.get('/api/auth/tokens').set(bearer).expect(200);
    expect(JSON.stringify(listed.body)).not.toContain(token);

    await http.delete(`/api/auth/tokens/${id}`).set(bearer).expect(204);
    await http.get('/api/auth/me').set(bearer).expect(401);
    // Someone else's token cannot be revoked by id.
    const other = await http
      .post('/api/auth/tokens')
      .set(system.as('expert'))
      .send({ name: 'x' })
      .expect(201);
    await http
      .delete(`/api/auth/tokens/${(other.body as { id: string }).id}`)
      .set(system.as('liaison'))
      .expect(404);
  });

  it('answers a failed sign-in the same whether or not the address exists, and never for members', async () => {
    const wrongPassword = await http
      .post('/api/auth/login')
      .send({ email: 'adviser@test.signaalroute.nl', password: 'not the password at all' })
      .expect(401);
    const unknown = await http
      .post('/api/auth/login')
      .send({ email: 'nobody@test.signaalroute.nl', password: 'not the password at all' })
      .expect(401);
    const member = await http
      .post('/api/auth/login')
      .send({ email: 'member@test.signaalroute.nl', password: 'not the password at all' })
      .expect(401);
    const strip = (body: unknown) => ({ ...(body as object), correlationId: undefined });
    expect(strip(unknown.body)).toEqual(strip(wrongPassword.body));
    expect(strip(member.body)).toEqual(strip(wrongPassword.body));
    expect((wrongPassword.body as { message: string }).message).toBe(
      'Het e-mailadres of het wachtwoord klopt niet.',
    );
    const failures = await system.dataSource
      .getRepository(AuditLogEntity)
      .countBy({ action: 'sign_in_failed' });
    expect(failures).toBeGreaterThanOrEqual(3);
  });

  it('lets only staff sign in by password, even when a member account has one', async () => {
    await system.dataSource.query(`UPDATE users SET password_hash = $1 WHERE id = $2`, [
      (
        await system.dataSource.query(`SELECT password_hash FROM users WHERE id = $1`, [
          system.users.adviser.id,
        ])
      )[0].password_hash,
      system.users.member.id,
    ]);
    await http
      .post('/api/auth/login')
      .send({ email: 'member@test.signaalroute.nl', password: TEST_PASSWORD })
      .expect(401);
  });

  it('limits sign-in attempts per account', async () => {
    const attempt = () =>
      http
        .post('/api/auth/login')
        .send({ email: 'expert@test.signaalroute.nl', password: 'wrong password here' });
    const statuses: number[] = [];
    for (let i = 0; i < 11; i++) statuses.push((await attempt()).status);
    expect(statuses.slice(0, 10).every((s) => s === 401)).toBe(true);
    const limited = await attempt();
    expect(limited.status).toBe(429);
    expect(limited.headers['retry-after']).toMatch(/^\d+$/);
    // Even the right password waits until the window has passed.
    await http
      .post('/api/auth/login')
      .send({ email: 'expert@test.signaalroute.nl', password: TEST_PASSWORD })
      .expect(429);
  });

  it('rejects malformed sign-in bodies with field errors', async () => {
    const response = await http.post('/api/auth/login').send({ email: 'no-address' }).expect(400);
    const fields = (response.body as { errors: { field: string }[] }).errors.map((e) => e.field).sort();
    expect(fields).toEqual(['email', 'password']);
  });
});
