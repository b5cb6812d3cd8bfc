import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTestDesk, TEST_PASSWORD, type TestDesk } from '../../tests/support/context.ts';
import { handlers } from '../desk/handlers.ts';
import { read } from './handler.ts';
import { createRegistry } from './registry.ts';

let desk: TestDesk;
beforeEach(async () => {
  desk = await openTestDesk();
});
afterEach(() => desk.close());

const auditCount = () =>
  (desk.ctx.db.prepare('SELECT count(*) AS n FROM audit_log').get() as { n: number }).n;

describe('the handler table', () => {
  it('answers an unknown channel with a typed error', async () => {
    const r = await createRegistry(handlers).dispatch('db.exec', { sql: 'DROP TABLE users' }, desk.ctx);
    expect(r).toEqual({ ok: false, error: { code: 'unknown_channel', params: { channel: 'db.exec' } } });
  });

  it('rejects an input with fields the contract does not name, and changes nothing', async () => {
    const before = auditCount();
    const r = await desk.call('users.create', {
      login: 'bolat',
      fullName: 'Болат',
      role: 'clerk',
      language: 'ru',
      password: TEST_PASSWORD,
      // @ts-expect-error: a field the contract does not know
      isAdmin: true,
    });
    expect(r).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(auditCount()).toBe(before);
  });

  it('names the wrong field of a rejected input', async () => {
    const r = await desk.call('users.create', {
      login: 'Болат',
      fullName: '',
      role: 'clerk',
      language: 'ru',
      password: TEST_PASSWORD,
    });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.issues?.map((i) => i.path).sort()).toEqual(['fullName', 'login']);
  });

  it('turns an unexpected failure into an internal error with a log reference and no message', async () => {
    const logged: string[] = [];
    const broken = createRegistry(
      {
        ...handlers,
        'settings.get': read(() => {
          throw new Error('UNIQUE constraint failed: documents.code in /home/office/Qabyldau');
        }),
      },
      (e) => logged.push(e instanceof Error ? (e.stack ?? '') : String(e)),
    );
    const r = await broken.dispatch('settings.get', {}, desk.ctx);
    expect(r).toEqual({
      ok: false,
      error: { code: 'internal', params: { ref: expect.stringMatching(/^[0-9a-f]{8}$/) } },
    });
    expect(JSON.stringify(r)).not.toMatch(/UNIQUE|Qabyldau/);
    // The administrator finds the message in the main side's log by the reference shown.
    const ref = !r.ok ? r.error.params?.ref : '';
    expect(logged.join('\n')).toMatch(new RegExp(`internal error ${ref}: .*UNIQUE constraint failed`));
  });

  it('strips what the output contract does not name', async () => {
    const leaky = createRegistry(
      {
        ...handlers,
        'session.current': read(
          () =>
            ({
              id: 1,
              login: 'a',
              fullName: 'A',
              role: 'clerk',
              language: 'kk',
              mustChangePassword: false,
              locked: false,
              passwordHash: 'x',
            }) as never,
        ),
      },
      () => {},
    );
    const r = await leaky.dispatch('session.current', {}, desk.ctx);
    expect(r).toEqual({
      ok: true,
      value: {
        id: 1,
        login: 'a',
        fullName: 'A',
        role: 'clerk',
        language: 'kk',
        mustChangePassword: false,
        locked: false,
      },
    });
  });

  it('lets only an administrator add users once the office has its first one', async () => {
    const clerk = await desk.ok('users.create', {
      login: 'saule',
      fullName: 'Сәуле',
      role: 'clerk',
      language: 'kk',
      password: TEST_PASSWORD,
    });
    await desk.signInAs(clerk);
    const r = await desk.call('users.create', {
      login: 'boss',
      fullName: 'X',
      role: 'admin',
      language: 'kk',
      password: TEST_PASSWORD,
    });
    expect(r).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect((await desk.ok('session.users', {})).map((u) => u.login)).toEqual(['aigerim', 'saule']);
  });

  it('takes a user off the sign-in list without deleting them, and signs them out everywhere', async () => {
    const clerk = await desk.hire({ login: 'saule', fullName: 'Сәуле', role: 'clerk', language: 'kk' });
    const otherDesk = { ...desk.ctx, session: { userId: clerk.id } };
    const registry = createRegistry(handlers, () => {});
    expect((await registry.dispatch('settings.get', {}, otherDesk)).ok).toBe(true);
    await desk.ok('users.deactivate', { userId: clerk.id, reason: 'Басқа жұмысқа ауысты' });
    expect((await desk.ok('session.users', {})).map((u) => u.login)).toEqual(['aigerim']);
    expect(await registry.dispatch('settings.get', {}, otherDesk)).toEqual({
      ok: false,
      error: { code: 'not_signed_in' },
    });
    const row = desk.ctx.db
      .prepare('SELECT active, deactivate_reason AS reason FROM users WHERE id = ?')
      .get(clerk.id);
    expect(row).toEqual({ active: 0, reason: 'Басқа жұмысқа ауысты' });
  });

  it('keeps the last administrator', async () => {
    const me = await desk.ok('session.current', {});
    const r = await desk.call('users.deactivate', { userId: me?.id as number, reason: 'x' });
    expect(r).toEqual({ ok: false, error: { code: 'last_admin' } });
  });

  it('signs out: the desk answers nothing personal until someone signs in', async () => {
    await desk.ok('session.signOut', {});
    expect(await desk.ok('session.current', {})).toBeNull();
    expect(await desk.call('applications.search', {})).toEqual({
      ok: false,
      error: { code: 'not_signed_in' },
    });
  });

  it('lets only the first user be created before anyone signs in', async () => {
    desk.ctx.session.userId = null;
    const r = await desk.call('users.create', {
      login: 'intruder',
      fullName: 'X',
      role: 'admin',
      language: 'kk',
      password: TEST_PASSWORD,
    });
    expect(r).toEqual({ ok: false, error: { code: 'not_signed_in' } });
  });
});
