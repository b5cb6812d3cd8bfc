// Passwords, wrong-password waits and the lock screen, on a real desk (§18; Law 94-V Art. 22).

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  openTestDesk,
  TEST_OWN_PASSWORD,
  TEST_PASSWORD,
  type TestDesk,
} from '../../tests/support/context.ts';
import { OFFICE_PARAMS } from './passwords.ts';

let desk: TestDesk;
beforeEach(async () => {
  desk = await openTestDesk();
});
afterEach(() => desk.close());

const auditOf = (action: string) =>
  desk.ctx.db
    .prepare(
      'SELECT user_id AS userId, door, at, entity_id AS entityId, after FROM audit_log WHERE action = ? ORDER BY id',
    )
    .all(action) as {
    userId: number | null;
    door: string;
    at: string;
    entityId: number | null;
    after: string | null;
  }[];
const wrong = (login = 'aigerim') => desk.call('session.signIn', { login, password: 'not-the-password' });

async function hireSaule() {
  return desk.ok('users.create', {
    login: 'saule',
    fullName: 'Сәуле Әлиева',
    role: 'clerk',
    language: 'kk',
    password: TEST_PASSWORD,
  });
}

describe('passwords', () => {
  it('keeps a password as scrypt with its parameters and a salt of its own, never as typed', async () => {
    await hireSaule();
    const rows = desk.ctx.db
      .prepare(
        'SELECT password_algorithm AS a, password_params AS p, password_salt AS s, password_hash AS h FROM users',
      )
      .all() as { a: string; p: string; s: Buffer; h: Buffer }[];
    expect(rows.map((r) => r.a)).toEqual(['scrypt', 'scrypt']);
    expect(JSON.parse(rows[0]?.p as string)).toMatchObject({ r: 8, p: 1, keyLength: 32 });
    expect(rows[0]?.s.equals(rows[1]?.s as Buffer)).toBe(false);
    expect(rows[0]?.h.includes(Buffer.from(TEST_PASSWORD))).toBe(false);
  });

  it('hashes at the office’s cost unless a test asked for less: 32 MiB of memory per check', () => {
    expect(OFFICE_PARAMS.N * OFFICE_PARAMS.r * 128).toBe(32 * 1024 * 1024);
  });

  it('signs in with the right password only', async () => {
    await desk.ok('session.signOut', {});
    expect(await wrong()).toEqual({ ok: false, error: { code: 'sign_in_failed' } });
    expect(await desk.ok('session.current', {})).toBeNull();
    const me = await desk.ok('session.signIn', { login: 'AIGERIM ', password: TEST_PASSWORD });
    expect(me).toMatchObject({ login: 'aigerim', mustChangePassword: false, locked: false });
  });

  it('needs a password at every door but the command line', async () => {
    await desk.ok('session.signOut', {});
    expect(await desk.call('session.signIn', { login: 'aigerim' })).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', issues: [{ path: 'password' }] },
    });
    desk.ctx.door = 'cli';
    expect((await desk.call('session.signIn', { login: 'aigerim' })).ok).toBe(true);
    expect(auditOf('session.signIn').at(-1)?.door).toBe('cli');
  });

  it('refuses a short password and one that is the login, and creates nobody', async () => {
    for (const password of ['short7!', 'saule', 'Saule   ']) {
      const r = await desk.call('users.create', {
        login: 'saule',
        fullName: 'С',
        role: 'clerk',
        language: 'kk',
        password,
      });
      expect(r.ok).toBe(false);
    }
    expect(
      await desk.call('users.create', {
        login: 'saulekaz',
        fullName: 'С',
        role: 'clerk',
        language: 'kk',
        password: 'saulekaz',
      }),
    ).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', issues: [{ path: 'password', message: 'password_is_login' }] },
    });
    expect((await desk.ok('session.users', {})).map((u) => u.login)).toEqual(['aigerim']);
  });

  it('never returns a password or its hash, and never writes one to the audit log', async () => {
    const saule = await hireSaule();
    await desk.ok('users.setPassword', { userId: saule.id, password: 'uaqytsha-2026' });
    await desk.ok('session.signIn', { login: 'saule', password: 'uaqytsha-2026' });
    await desk.ok('session.changePassword', {
      currentPassword: 'uaqytsha-2026',
      password: TEST_OWN_PASSWORD,
    });
    await desk.signInAs('aigerim');
    const answers = JSON.stringify([
      await desk.ok('session.current', {}),
      await desk.ok('session.users', {}),
      await desk.ok('audit.list', {}),
    ]);
    const audit = JSON.stringify(desk.ctx.db.prepare('SELECT * FROM audit_log').all());
    const hashes = (desk.ctx.db.prepare('SELECT password_hash AS h FROM users').all() as { h: Buffer }[]).map(
      (r) => r.h.toString('hex'),
    );
    for (const secret of [TEST_PASSWORD, TEST_OWN_PASSWORD, 'uaqytsha-2026', ...hashes]) {
      expect(answers).not.toContain(secret);
      expect(audit).not.toContain(secret);
    }
    expect(answers).not.toMatch(/password_?hash|salt/i);
  });
});

describe('a password the administrator set', () => {
  it('must be changed before anything else works, and then works as the user’s own', async () => {
    const saule = await hireSaule();
    await desk.ok('session.signOut', {});
    const first = await desk.ok('session.signIn', { login: 'saule', password: TEST_PASSWORD });
    expect(first.mustChangePassword).toBe(true);
    expect(await desk.call('applications.search', {})).toEqual({
      ok: false,
      error: { code: 'password_change_required' },
    });
    expect(
      await desk.call('session.changePassword', { currentPassword: TEST_PASSWORD, password: TEST_PASSWORD }),
    ).toMatchObject({ ok: false, error: { issues: [{ message: 'password_unchanged' }] } });
    const changed = await desk.ok('session.changePassword', {
      currentPassword: TEST_PASSWORD,
      password: TEST_OWN_PASSWORD,
    });
    expect(changed.mustChangePassword).toBe(false);
    expect((await desk.call('applications.search', {})).ok).toBe(true);
    expect(auditOf('session.changePassword').map((a) => [a.entityId, a.after])).toEqual([[saule.id, null]]);
  });

  it('is set or reset by the administrator only, and the user changes it again', async () => {
    const saule = await desk.hire({ login: 'saule', fullName: 'Сәуле', role: 'clerk', language: 'kk' });
    await desk.signInAs('saule');
    expect(
      await desk.call('users.setPassword', { userId: saule.id, password: 'menin-jana-2026' }),
    ).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
    await desk.signInAs('aigerim');
    await desk.ok('users.setPassword', { userId: saule.id, password: 'uaqytsha-2026' });
    const back = await desk.ok('session.signIn', { login: 'saule', password: 'uaqytsha-2026' });
    expect(back.mustChangePassword).toBe(true);
    expect(auditOf('users.setPassword').at(-1)).toMatchObject({
      entityId: saule.id,
      after: '{"mustChangePassword":true}',
    });
  });

  it('is how an office from before passwords gets one: no password, no sign-in', async () => {
    desk.ctx.db.prepare("UPDATE users SET password_algorithm = NULL WHERE login = 'aigerim'").run();
    await desk.ok('session.signOut', {});
    expect(await desk.call('session.signIn', { login: 'aigerim', password: 'anything-at-all' })).toEqual({
      ok: false,
      error: { code: 'password_not_set', params: { login: 'aigerim' } },
    });
  });
});

describe('wrong passwords', () => {
  it('are logged with the login tried, the door and the time, never the password', async () => {
    desk.ctx.door = 'browser';
    desk.clock.set('2026-11-25T06:00:00.000Z');
    await wrong();
    await wrong('nobody.here');
    const rows = auditOf('session.signIn.failed');
    expect(rows.map((r) => ({ ...r, after: JSON.parse(r.after as string) }))).toEqual([
      {
        userId: expect.any(Number),
        door: 'browser',
        at: '2026-11-25T06:00:00.000Z',
        entityId: expect.any(Number),
        after: { login: 'aigerim', failures: 1 },
      },
      {
        userId: expect.any(Number),
        door: 'browser',
        at: '2026-11-25T06:00:00.000Z',
        entityId: null,
        after: { login: 'nobody.here', failures: 1 },
      },
    ]);
  });

  it('are free five times, then the next attempts wait 30 s, 1 min, 2 min…, and a success resets the count', async () => {
    await desk.ok('session.signOut', {});
    for (let i = 0; i < 4; i++)
      expect(await wrong()).toEqual({ ok: false, error: { code: 'sign_in_failed' } });
    expect(await wrong()).toEqual({
      ok: false,
      error: { code: 'sign_in_failed', params: { seconds: '30' } },
    });
    // Even the right password waits: the wait is the login's, not the guess's.
    expect(await desk.call('session.signIn', { login: 'aigerim', password: TEST_PASSWORD })).toEqual({
      ok: false,
      error: { code: 'sign_in_delayed', params: { seconds: '30' } },
    });
    desk.clock.advanceMinutes(0.25);
    expect(await wrong()).toEqual({
      ok: false,
      error: { code: 'sign_in_delayed', params: { seconds: '15' } },
    });
    desk.clock.advanceMinutes(0.25);
    expect(await wrong()).toEqual({
      ok: false,
      error: { code: 'sign_in_failed', params: { seconds: '60' } },
    });
    desk.clock.advanceMinutes(1);
    expect(await wrong()).toEqual({
      ok: false,
      error: { code: 'sign_in_failed', params: { seconds: '120' } },
    });
    desk.clock.advanceMinutes(2);
    expect((await desk.call('session.signIn', { login: 'aigerim', password: TEST_PASSWORD })).ok).toBe(true);
    await desk.ok('session.signOut', {});
    expect(await wrong()).toEqual({ ok: false, error: { code: 'sign_in_failed' } });
  });

  it('wait fifteen minutes at most', async () => {
    await desk.ok('session.signOut', {});
    let last = await wrong();
    for (let i = 0; i < 12; i++) {
      desk.clock.advanceMinutes(16);
      last = await wrong();
    }
    expect(last).toEqual({ ok: false, error: { code: 'sign_in_failed', params: { seconds: '900' } } });
  });

  it('slow a login that does not exist just the same', async () => {
    for (let i = 0; i < 5; i++) await wrong('nobody.here');
    expect(await wrong('nobody.here')).toMatchObject({ error: { code: 'sign_in_delayed' } });
  });
});

describe('the lock screen', () => {
  it('opens nothing but unlock, sign-in and sign-out while locked, and keeps the session for the same user', async () => {
    await desk.ok('session.lock', {});
    expect(await desk.ok('session.current', {})).toMatchObject({ login: 'aigerim', locked: true });
    for (const [channel, input] of [
      ['applications.search', {}],
      ['settings.get', {}],
      [
        'users.create',
        { login: 'x.y', fullName: 'X', role: 'admin', language: 'kk', password: 'qwertyuiop' },
      ],
    ] as const) {
      expect(await desk.call(channel, input as never), channel).toEqual({
        ok: false,
        error: { code: 'session_locked' },
      });
    }
    expect(await desk.call('session.unlock', { password: 'not-the-password' })).toMatchObject({
      error: { code: 'sign_in_failed' },
    });
    const me = await desk.ok('session.unlock', { password: TEST_PASSWORD });
    expect(me).toMatchObject({ login: 'aigerim', locked: false });
    expect((await desk.call('applications.search', {})).ok).toBe(true);
    expect(auditOf('session.lock')).toHaveLength(1);
    expect(auditOf('session.unlock.failed')).toHaveLength(1);
  });

  it('counts wrong unlocks towards the same waits as the sign-in', async () => {
    await desk.ok('session.lock', {});
    for (let i = 0; i < 5; i++) await desk.call('session.unlock', { password: 'not-the-password' });
    expect(await desk.call('session.unlock', { password: TEST_PASSWORD })).toMatchObject({
      error: { code: 'sign_in_delayed' },
    });
    expect(await desk.call('applications.search', {})).toMatchObject({ error: { code: 'session_locked' } });
  });

  it('lets another person sign in instead, unlocked, as themselves', async () => {
    await desk.hire({ login: 'saule', fullName: 'Сәуле', role: 'clerk', language: 'kk' });
    await desk.ok('session.lock', {});
    const saule = await desk.ok('session.signIn', { login: 'saule', password: TEST_OWN_PASSWORD });
    expect(saule).toMatchObject({ login: 'saule', locked: false });
    expect((await desk.call('applications.search', {})).ok).toBe(true);
  });
});
