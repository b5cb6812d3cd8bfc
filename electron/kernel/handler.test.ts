// The kernel's promises to every handler and to the office (§18): a write is one transaction
// with its audit row, a write that forgets the audit row changes nothing, a read writes nothing,
// and the audit row says who, when and through which door.

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTestDesk, type TestDesk } from '../../tests/support/context.ts';
import { writeSetting } from '../db/settings.ts';
import { handlers } from '../desk/handlers.ts';
import { read, task, write } from './handler.ts';
import { createRegistry } from './registry.ts';

let desk: TestDesk;
beforeEach(async () => {
  desk = await openTestDesk();
});
afterEach(() => desk.close());

const count = (sql: string) => (desk.ctx.db.prepare(sql).get() as { n: number }).n;
const settingsRows = () => count('SELECT count(*) AS n FROM settings');
const auditRows = () => count('SELECT count(*) AS n FROM audit_log');
/** What the main side logged: an internal error's message stays there, never in the answer. */
let logged: string[] = [];
const quietly = (table: Partial<typeof handlers>) => {
  logged = [];
  return createRegistry({ ...handlers, ...table } as typeof handlers, (e) =>
    logged.push(e instanceof Error ? e.message : String(e)),
  );
};

describe('the kernel around every handler', () => {
  it('refuses a write that changed rows without an audit row, and leaves nothing of it', async () => {
    const before = { settings: settingsRows(), audit: auditRows() };
    const r = await quietly({
      'settings.update': write((input, ctx) => {
        writeSetting(ctx.db, 'office', input, ctx.now.toISOString(), ctx.user.id);
        return input;
      }),
    }).dispatch('settings.update', (await desk.ok('settings.get', {})) as never, desk.ctx);
    expect(r).toMatchObject({ ok: false, error: { code: 'internal' } });
    expect(logged.join('\n')).toMatch(/settings\.update: wrote 1 row\(s\) without an audit row/);
    expect({ settings: settingsRows(), audit: auditRows() }).toEqual(before);
  });

  it('commits a write with its audit row, stamped with who, when and the door', async () => {
    desk.clock.set('2026-11-25T06:30:00.000Z');
    await desk.ok('settings.update', await desk.ok('settings.get', {}));
    const row = desk.ctx.db
      .prepare("SELECT at, user_id AS userId, door FROM audit_log WHERE action = 'settings.update'")
      .get();
    expect(row).toEqual({ at: '2026-11-25T06:30:00.000Z', userId: desk.ctx.session.userId, door: 'ipc' });
  });

  it('rolls back a read that wrote', async () => {
    const before = settingsRows();
    const r = await quietly({
      'settings.get': read((_input, ctx) => {
        writeSetting(ctx.db, 'stray', 1, ctx.now.toISOString(), null);
        return ctx.office;
      }),
    }).dispatch('settings.get', {}, desk.ctx);
    expect(r).toMatchObject({ ok: false, error: { code: 'internal' } });
    expect(settingsRows()).toBe(before);
  });

  it('allows an audit row only inside a write', async () => {
    const r = await quietly({
      'settings.get': read((_input, ctx) => {
        ctx.audit({ action: 'x', entity: 'settings', entityId: null });
        return ctx.office;
      }),
    }).dispatch('settings.get', {}, desk.ctx);
    expect(r).toMatchObject({ ok: false, error: { code: 'internal' } });
    expect(logged.join('\n')).toMatch(/an audit row outside a write/);
  });

  it('gives a task one transaction per ctx.write, each with its audit row', async () => {
    const before = { settings: settingsRows(), audit: auditRows() };
    const r = await quietly({
      'settings.update': task(async (input, ctx) => {
        ctx.write(() => {
          writeSetting(ctx.db, 'first', 1, ctx.now.toISOString(), ctx.user.id);
          ctx.audit({ action: 'first', entity: 'settings', entityId: null });
        });
        await new Promise((resolve) => setTimeout(resolve, 1));
        // The second step forgets its audit row: it alone is undone.
        ctx.write(() => writeSetting(ctx.db, 'second', 2, ctx.now.toISOString(), ctx.user.id));
        return input;
      }),
    }).dispatch('settings.update', (await desk.ok('settings.get', {})) as never, desk.ctx);
    expect(r.ok).toBe(false);
    expect({ settings: settingsRows(), audit: auditRows() }).toEqual({
      settings: before.settings + 1,
      audit: before.audit + 1,
    });
  });

  it('gives a handler the signed-in user and the office’s today in its own time zone', async () => {
    // 20:30 UTC on the 25th is already the 26th in Kazakhstan (UTC+5).
    desk.clock.set('2026-11-25T20:30:00.000Z');
    let seen: { user: string; today: string } | undefined;
    await quietly({
      'settings.get': read((_input, ctx) => {
        seen = { user: ctx.user.login, today: ctx.today };
        return ctx.office;
      }),
    }).dispatch('settings.get', {}, desk.ctx);
    expect(seen).toEqual({ user: 'aigerim', today: '2026-11-26' });
  });

  it('writes one read row after a read registered with what it shows, stamped like a write', async () => {
    desk.clock.set('2026-11-25T07:15:00.000Z');
    const before = auditRows();
    const r = await quietly({
      'settings.get': read((_input, ctx) => ctx.office, {
        entity: 'settings',
        what: (_input, out) => ({ entityId: 7, after: { zone: out.office.timeZone } }),
      }),
    }).dispatch('settings.get', {}, desk.ctx);
    expect(r.ok).toBe(true);
    expect(auditRows()).toBe(before + 1);
    expect(desk.audit({ limit: 1 })[0]).toMatchObject({
      kind: 'read',
      action: 'settings.get',
      entity: 'settings',
      entityId: 7,
      at: '2026-11-25T07:15:00.000Z',
      userId: desk.ctx.session.userId,
      door: 'ipc',
      osUser: null,
      after: { zone: 'Asia/Almaty' },
    });
  });

  it('logs nothing for a read registered without what it shows', async () => {
    const before = auditRows();
    await quietly({ 'settings.get': read((_input, ctx) => ctx.office) }).dispatch(
      'settings.get',
      {},
      desk.ctx,
    );
    expect(auditRows()).toBe(before);
  });

  it('logs nothing for a read that failed, and still rolls back a read that wrote', async () => {
    const before = { settings: settingsRows(), audit: auditRows() };
    const seen = { entity: 'settings', what: () => ({ after: {} }) };
    const failed = await quietly({
      'settings.get': read(() => {
        throw new Error('the disk is gone');
      }, seen),
    }).dispatch('settings.get', {}, desk.ctx);
    expect(failed.ok).toBe(false);
    const wrote = await quietly({
      'settings.get': read((_input, ctx) => {
        writeSetting(ctx.db, 'stray', 1, ctx.now.toISOString(), null);
        return ctx.office;
      }, seen),
    }).dispatch('settings.get', {}, desk.ctx);
    expect(wrote).toMatchObject({ ok: false, error: { code: 'internal' } });
    expect(logged.join('\n')).toMatch(/registered as a read but wrote/);
    expect({ settings: settingsRows(), audit: auditRows() }).toEqual(before);
  });

  it('names the operating-system account of a command-line door in every row it writes', async () => {
    const cli = { ...desk.ctx, door: 'cli' as const, osUser: 'it-admin' };
    await quietly({}).dispatch('settings.update', await desk.ok('settings.get', {}), cli);
    await quietly({}).dispatch('applications.search', { query: 'x' }, cli);
    expect(desk.audit({ limit: 2 }).map((r) => [r.kind, r.door, r.osUser])).toEqual([
      ['read', 'cli', 'it-admin'],
      ['write', 'cli', 'it-admin'],
    ]);
  });
});
