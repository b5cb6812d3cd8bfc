// The applications search through its channel: pages past 100, names in any case and either
// spelling, IIN and register-number prefixes, the count stopped at 500 — and the query plans
// that keep it off a full scan of the register (issue 12).

import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { searchWords } from '../../shared/domain/fold-name.ts';
import { openTestDesk, type TestDesk } from '../../tests/support/context.ts';
import { fillApplications } from '../../tests/support/many-applications.ts';
import { ADULT, adultIntake, childIntake, iinFor, MOTHER } from '../../tests/support/people.ts';
import { fullScans, queryPlan } from '../../tests/support/query-plan.ts';
import { prefixEnd, SEARCH_SQL, searchApplications } from '../db/applications.ts';
import { MIGRATIONS } from '../db/migrations/index.ts';
import { openDatabase } from '../db/open.ts';

let desk: TestDesk;
beforeEach(async () => {
  desk = await openTestDesk();
});
afterEach(() => desk.close());

const search = (input: {
  query?: string;
  status?: 'accepted' | 'cancelled';
  limit?: number;
  offset?: number;
}) => desk.ok('applications.search', input);

/** The register's order as SQLite keeps it: newest accepted first, the later id first on a tie. */
const registerOrder = () =>
  desk.ctx.db
    .prepare('SELECT id FROM applications ORDER BY accepted_at DESC, id DESC')
    .pluck()
    .all() as number[];

describe('applications.search pages (issue 11)', () => {
  it('pages 130 applications past 100, newest first, none twice and none missed', async () => {
    fillApplications(desk.ctx.db, 130);
    const first = await search({ limit: 100, offset: 0 });
    const second = await search({ limit: 100, offset: 100 });
    expect(first).toMatchObject({ total: 130, capped: false });
    expect(second).toMatchObject({ total: 130, capped: false });
    expect(first.rows).toHaveLength(100);
    expect(second.rows).toHaveLength(30);
    const ids = [...first.rows, ...second.rows].map((r) => r.id);
    expect(new Set(ids).size).toBe(130);
    // Every tenth was accepted in the same second as the one before: the tie goes by id.
    expect(ids).toEqual(registerOrder());
  });

  it('pages a name search the same way: the matches in order, none twice', async () => {
    fillApplications(desk.ctx.db, 600);
    const all = (await search({ query: 'ер', limit: 500 })).rows.map((r) => r.id);
    const paged: number[] = [];
    for (let offset = 0; offset < all.length; offset += 50)
      paged.push(...(await search({ query: 'ер', limit: 50, offset })).rows.map((r) => r.id));
    expect(paged).toEqual(all);
    expect(new Set(paged).size).toBe(paged.length);
    expect(paged).toEqual(registerOrder().filter((id) => all.includes(id)));
  });

  it('counts exactly up to 500 and says "more" beyond, with or without a query', async () => {
    fillApplications(desk.ctx.db, 520);
    expect(await search({ limit: 10 })).toMatchObject({ total: 500, capped: true });
    const cancelled = desk.ctx.db
      .prepare("SELECT count(*) FROM applications WHERE status = 'cancelled'")
      .pluck()
      .get() as number;
    expect(cancelled).toBeGreaterThan(0);
    expect(await search({ status: 'cancelled', limit: 10 })).toMatchObject({
      total: cancelled,
      capped: false,
    });
    // Every register number of the fill starts with "20": the walk, then the capped count.
    expect(await search({ query: '20', limit: 10 })).toMatchObject({ total: 500, capped: true });
  });
});

describe('applications.search agrees with reading every row (issue 12)', () => {
  it('finds, orders and counts as a plain reading of the whole register would', async () => {
    fillApplications(desk.ctx.db, 1500);
    const all = desk.ctx.db
      .prepare(
        `SELECT a.id, a.accepted_at AS at, a.reg_number AS reg, p.iin, r.iin AS repIin,
                p.name_folded || ' ' || coalesce(r.name_folded, '') AS names
           FROM applications a JOIN applicants p ON p.id = a.applicant_id
           LEFT JOIN representatives r ON r.id = a.representative_id
          ORDER BY a.accepted_at DESC, a.id DESC`,
      )
      .all() as { id: number; at: string; reg: string; iin: string; repIin: string | null; names: string }[];
    const expected = (query: string) =>
      all.filter((a) => {
        const q = query.trim();
        if (a.reg.startsWith(q) || a.iin.startsWith(q) || a.repIin?.startsWith(q)) return true;
        const words = searchWords(q);
        const names = a.names.split(' ');
        return words.length > 0 && words.every((w) => names.some((n) => n.startsWith(w)));
      });
    // A rare name, a common one, one letter, two words, an IIN prefix, a year of numbers, nothing.
    for (const query of ['Өмірбек', 'касымова', 'ер', 'а', 'иван сергей', '61', '2016-', '9', 'zz']) {
      const want = expected(query);
      for (const offset of [0, 100]) {
        const got = await search({ query, limit: 100, offset });
        expect(
          got.rows.map((r) => r.id),
          `${query} @${offset}`,
        ).toEqual(want.slice(offset, offset + 100).map((a) => a.id));
        expect(got, query).toMatchObject({ total: Math.min(want.length, 500), capped: want.length > 500 });
      }
    }
    // With a status: the index's token of it, read beside the words (migration 0014).
    const statusOf = new Map(
      (desk.ctx.db.prepare('SELECT id, status FROM applications').raw().all() as [number, string][]).map(
        ([id, status]) => [id, status],
      ),
    );
    for (const status of ['accepted', 'cancelled'] as const)
      for (const query of ['а', 'ер', 'иван сергей', 'касымова']) {
        const want = expected(query).filter((a) => statusOf.get(a.id) === status);
        const got = await search({ query, status, limit: 100 });
        expect(
          got.rows.map((r) => r.id),
          `${query} ${status}`,
        ).toEqual(want.slice(0, 100).map((a) => a.id));
        expect(got.total, `${query} ${status}`).toBe(Math.min(want.length, 500));
      }
  });
});

describe('applications.search with a status (issue 12)', () => {
  it('follows the status as it changes: cancelled, or taken into review', async () => {
    const cancelled = await desk.ok('intake.accept', adultIntake());
    const reviewed = await desk.ok(
      'intake.accept',
      adultIntake({ applicant: { ...ADULT, iin: iinFor('1961-04-12', 4, 1299), firstName: 'Айгүл' } }),
    );
    const found = async (status: 'accepted' | 'cancelled') =>
      (await search({ query: 'қасымова', status })).rows.map((r) => r.regNumber);
    expect(await found('accepted')).toEqual([reviewed.regNumber, cancelled.regNumber]);
    expect(await found('cancelled')).toEqual([]);
    await desk.ok('applications.cancel', { id: cancelled.applicationId, reason: 'Қайталанған' });
    await desk.ok('decisions.startReview', { applicationId: reviewed.applicationId, note: 'Толық топтама' });
    expect(await found('accepted')).toEqual([]);
    expect(await found('cancelled')).toEqual([cancelled.regNumber]);
    // The name is found as before without a status.
    expect((await search({ query: 'қасымова' })).rows.map((r) => r.regNumber)).toEqual([
      reviewed.regNumber,
      cancelled.regNumber,
    ]);
  });
});

describe('applications.search finds people (issue 12)', () => {
  it('finds Қасымова by any case and by the Russian spelling, by the start of any word in any order', async () => {
    const adult = await desk.ok('intake.accept', adultIntake());
    await desk.ok('intake.accept', childIntake());
    for (const query of ['қасым', 'Қасым', 'ҚАСЫМ', 'Касымова', 'гульнар', 'Абилкызы', 'гүлнәр қасымова']) {
      const found = await search({ query });
      expect(
        found.rows.map((r) => r.regNumber),
        query,
      ).toEqual([adult.regNumber]);
      expect(found).toMatchObject({ total: 1, capped: false });
    }
    // The start of a word: the middle of one finds nothing.
    expect((await search({ query: 'сымова' })).rows).toEqual([]);
  });

  it('finds a child by the representative name or IIN, and anyone by IIN or register-number prefix', async () => {
    const adult = await desk.ok('intake.accept', adultIntake());
    const child = await desk.ok('intake.accept', childIntake());
    const numbers = async (query: string) => (await search({ query })).rows.map((r) => r.regNumber);
    expect(await numbers('Омирбекова Инкар')).toEqual([child.regNumber]);
    expect(await numbers(MOTHER.iin.slice(0, 5))).toEqual([child.regNumber]);
    expect(await numbers(ADULT.iin.slice(0, 7))).toEqual([adult.regNumber]);
    expect(await numbers(ADULT.iin)).toEqual([adult.regNumber]);
    expect(await numbers('2026-000')).toEqual([child.regNumber, adult.regNumber]);
    expect(await numbers('2026-0002')).toEqual([child.regNumber]);
    expect(await numbers('2027')).toEqual([]);
    // LIKE's own characters are letters like any other here.
    expect(await numbers('%')).toEqual([]);
    expect(await numbers('_')).toEqual([]);
  });

  it('finds a returning applicant by the corrected name, no longer by the old one', async () => {
    const first = await desk.ok('intake.accept', adultIntake());
    desk.clock.advanceMinutes(30);
    const second = await desk.ok(
      'intake.accept',
      adultIntake({ applicant: { ...ADULT, lastName: 'Сейітова' } }),
    );
    expect((await search({ query: 'СЕЙИТОВА' })).rows.map((r) => r.regNumber)).toEqual([
      second.regNumber,
      first.regNumber,
    ]);
    expect((await search({ query: 'Қасымова' })).rows).toEqual([]);
  });
});

describe('what the clerk types finds the person (issue 12)', () => {
  it('Kazakh or Russian spelling, any case, a letter or a whole name, the words in any order', async () => {
    // Қасымова Гүлнәр Әбілқызы; Өмірбеков Ұлан Іңкәрұлы with his mother Өмірбекова Іңкәр Һадиқызы.
    const adult = (await desk.ok('intake.accept', adultIntake())).regNumber;
    const child = (await desk.ok('intake.accept', childIntake())).regNumber;
    const found = async (query: string) => (await search({ query })).rows.map((r) => r.regNumber);
    const cases: [string[], string[]][] = [
      // A start of up to six letters, and a longer one (read as the whole words it starts).
      [['қасым', 'Қасым', 'ҚАСЫМ', 'Касым', 'касымова', 'ҚАСЫМОВА', 'Қасымова'], [adult]],
      [['гүлнәр', 'ГУЛЬНАР', 'Гульнар', 'әбілқызы', 'Абилкызы', 'АБІЛ'], [adult]],
      [['омирбек', 'Өмірбеков', 'ӨМІРБЕКОВА', 'ұлан', 'Улан', 'һадиқызы', 'Хадикызы'], [child]],
      // Two or three words in any order, from the applicant's and the representative's names.
      [
        [
          'гүлнәр қасымова',
          'Касымова Гульнар',
          'абилкызы гульнар касымова',
          'Қасымова Гүлнәр Әбілқызы',
          'ӘБІЛҚЫЗЫ  қасымова',
          'қас гүл',
        ],
        [adult],
      ],
      [['өмірбеков ұлан', 'улан омирбеков инкарулы', 'Іңкәр Ұлан', 'хадикызы улан'], [child]],
      // One or two letters: whatever names have a word starting so.
      [['а', 'Ә', 'к', 'ГҮ', 'гу', 'қа'], [adult]],
      [['о', 'Ө', 'и', 'І', 'у', 'Ұ', 'х', 'Һ'], [child]],
      // The start of a word only; every word must start one; nothing else is a name.
      [['сымова', 'ова', 'касымоваа', 'гулнар омирбеков', 'қасымова zz', 'ъ', '%', '"', "'", '*'], []],
    ];
    for (const [queries, want] of cases)
      for (const query of queries) expect(await found(query), query).toEqual(want);
  });

  it('lists newest accepted first even when the clock went back between two acceptances', async () => {
    const first = await desk.ok('intake.accept', adultIntake());
    desk.clock.advanceMinutes(-10);
    const second = await desk.ok(
      'intake.accept',
      adultIntake({ applicant: { ...ADULT, iin: iinFor('1961-04-12', 4, 1299), firstName: 'Айгүл' } }),
    );
    // The second has the later id but was accepted ten minutes earlier.
    for (const query of ['қасымова', 'қас', '']) {
      expect(
        (await search({ query })).rows.map((r) => r.regNumber),
        query,
      ).toEqual([first.regNumber, second.regNumber]);
    }
  });
});

describe('migrations 0009 to 0014 on an office file from before them', () => {
  it('folds the names already there and finds them by name, IIN and register number', () => {
    const file = path.join(desk.dataDir, 'before-0009.sqlite');
    const old = new Database(file);
    for (const m of MIGRATIONS.filter((x) => x.version <= 8)) m.up(old);
    old.pragma('user_version = 8');
    old.exec(`
      INSERT INTO users (id, login, full_name, role, language, created_at) VALUES (1, 'a', 'А', 'clerk', 'kk', '2026-01-01');
      INSERT INTO applicants (id, iin, last_name, first_name, middle_name, birth_date, sex, address, created_at, updated_at)
        VALUES (1, '${ADULT.iin}', 'Қасымова', 'Гүлнәр', 'Әбілқызы', '1961-04-12', 'female', 'x', '2026-01-01', '2026-01-01');
      INSERT INTO consents (id, applicant_id, given_at, recorded_by) VALUES (1, 1, '2026-01-01', 1);
      INSERT INTO intake_attempts (id, applicant_id, category, outcome, consent_id, standard_version, at, local_date, by_user)
        VALUES (1, 1, 'adult', 'accepted', 1, '2008-352', '2026-01-01', '2026-01-01', 1);
      INSERT INTO applications (reg_year, reg_seq, reg_number, applicant_id, category, status, standard_version,
          accepted_at, accepted_date, term_end, accepted_by, attempt_id)
        VALUES (2026, 7, '2026-0007', 1, 'adult', 'accepted', '2008-352', '2026-01-05T05:00:00.000Z', '2026-01-05', '2026-01-15', 1, 1);
    `);
    old.close();
    const db = openDatabase(file);
    try {
      for (const query of ['Касымова', 'ГҮЛНӘР', ADULT.iin.slice(0, 6), '2026-00'])
        expect(
          searchApplications(db, { query, limit: 10, offset: 0 }).rows.map((r) => r.regNumber),
          query,
        ).toEqual(['2026-0007']);
      // Migration 0014 wrote the index again with each application's status.
      const byStatus = (status: string) =>
        searchApplications(db, { query: 'қасым', status, limit: 10, offset: 0 }).rows.map((r) => r.regNumber);
      expect(byStatus('accepted')).toEqual(['2026-0007']);
      expect(byStatus('cancelled')).toEqual([]);
    } finally {
      db.close();
    }
  });
});

describe('the search reads indexes, not the register (EXPLAIN QUERY PLAN)', () => {
  // Allowed: the users table (the desk's few people), the FTS5 index answering its MATCH, and
  // the two indexes of the register's order, walked under a LIMIT only as far as the page or
  // the count's cap.
  const allowed = {
    small: ['u', 'users'],
    inOrder: ['applications_by_accepted', 'applications_by_status_accepted'],
  };
  const params = {
    lo: '61',
    hi: prefixEnd('61'),
    match: '"иванов"* AND ("сергеевич" OR "сергеевна")',
    status: 'accepted',
    limit: 100,
    offset: 0,
    ids: '[1,2,3]',
    n: 501,
  };

  it('reads each way of matching from its index, a page by its ids, and walks only the order indexes', () => {
    fillApplications(desk.ctx.db, 300);
    desk.ctx.db.exec('ANALYZE');
    const texts: string[] = [SEARCH_SQL.rowsById, SEARCH_SQL.longWords, SEARCH_SQL.numberCount];
    texts.push(SEARCH_SQL.namesTop);
    for (const status of [false, true]) {
      texts.push(SEARCH_SQL.numberTop(status, false), SEARCH_SQL.numberTop(status, true));
      for (const numbers of [false, true]) {
        texts.push(SEARCH_SQL.walkedPage({ numbers, status }));
        texts.push(SEARCH_SQL.walkedCount({ numbers, status }));
      }
    }
    for (const sql of texts) {
      const plan = queryPlan(desk.ctx.db, sql, params);
      expect(fullScans(plan, allowed), `${sql}\n${plan.join('\n')}`).toEqual([]);
    }
    // A name, with or without a status, is read down its index in the register's order: no
    // sort of what it found, and nothing but the index — a status is a token in the MATCH
    // (migration 0014), not a look-up of each application the name finds (a rare status with
    // a common name read every application of the name: 60–270 ms at a million).
    const plan = queryPlan(desk.ctx.db, SEARCH_SQL.namesTop, { ...params, match: `${params.match} AND "1"` });
    expect(plan).toEqual([expect.stringMatching(/^SCAN s VIRTUAL TABLE INDEX \d+:M/)]);
  });
});
