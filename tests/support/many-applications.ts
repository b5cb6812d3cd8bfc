// A register of many applications written straight into the tables with plain INSERTs, for the
// search's query-plan tests and its measurement at office and regional scale (100 000 and
// 1 000 000 applicants). Not the office's data: no checklist, no steps, one consent and one
// intake attempt behind every row. The realistic generator behind `desk demo-data --scale` is
// another's; this one only has to be fast and to spread names, IINs and dates like an office.

import type { Db } from '../../electron/db/open.ts';
import { writeSearchEntry } from '../../electron/db/search-index.ts';
import { foldedFullName } from '../../shared/domain/fold-name.ts';

/** A linear congruential sequence (Numerical Recipes' constants), its high bits: the same register on every run. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (Math.imul(a, 1664525) + 1013904223) >>> 0;
    return (a >>> 8) / 16777216;
  };
}

// Family-name roots, Kazakh and Russian; each gives a man's and a woman's form.
const KAZAKH_ROOTS = [
  'Қасым',
  'Өмірбек',
  'Сейіт',
  'Нұрлан',
  'Жұмабай',
  'Әбіл',
  'Төлеу',
  'Бекқожа',
  'Серік',
  'Ғабит',
  'Есқали',
  'Мұқан',
  'Сәрсен',
  'Ыбырай',
  'Құрман',
  'Тұрсын',
  'Әміре',
  'Байжан',
  'Оспан',
  'Жақсыбек',
  'Қайырбек',
  'Дәулет',
  'Ерғали',
  'Шәкен',
  'Ысқақ',
  'Үсен',
  'Ахмет',
  'Кенжебай',
  'Мырзахмет',
  'Рақым',
  'Исабек',
  'Тоқтар',
  'Сұлтан',
  'Бөкей',
  'Жүсіп',
  'Қуаныш',
  'Алпысбай',
  'Молдағали',
  'Нұрғали',
  'Іскендір',
];
const RUSSIAN_ROOTS = [
  'Иван',
  'Петр',
  'Смирн',
  'Кузнецов',
  'Попов',
  'Васильев',
  'Соколов',
  'Михайлов',
  'Новиков',
  'Фёдоров',
  'Морозов',
  'Волков',
  'Алексеев',
  'Лебедев',
  'Семёнов',
  'Егоров',
  'Павлов',
  'Козлов',
  'Степанов',
  'Николаев',
  'Орлов',
  'Андреев',
  'Макаров',
  'Никитин',
  'Захаров',
  'Зайцев',
  'Соловьёв',
  'Борисов',
  'Яковлев',
  'Григорьев',
];
const MALE = [
  'Ерлан',
  'Нұрлан',
  'Бауыржан',
  'Қайрат',
  'Серік',
  'Ғалым',
  'Мұрат',
  'Дәурен',
  'Ұлан',
  'Әлихан',
  'Иван',
  'Сергей',
  'Алексей',
  'Дмитрий',
  'Николай',
  'Виктор',
  'Андрей',
  'Олег',
  'Юрий',
  'Павел',
];
const FEMALE = [
  'Гүлнәр',
  'Айгүл',
  'Сәуле',
  'Меруерт',
  'Жанар',
  'Әсел',
  'Динара',
  'Ботагөз',
  'Іңкәр',
  'Үміт',
  'Ольга',
  'Наталья',
  'Елена',
  'Татьяна',
  'Светлана',
  'Ирина',
  'Анна',
  'Мария',
  'Людмила',
  'Галина',
];
const FATHERS = ['Әбіл', 'Сапар', 'Һади', 'Бек', 'Нұрлан', 'Қасым', 'Ерлан', 'Иван', 'Петр', 'Сергей'];

function surname(pick: (n: number) => number, male: boolean): string {
  if (pick(3) === 0) {
    const root = RUSSIAN_ROOTS[pick(RUSSIAN_ROOTS.length)] as string;
    const base = /(ов|ев|ёв|ин)$/.test(root) ? root : `${root}ов`;
    return male ? base : `${base}а`;
  }
  const root = KAZAKH_ROOTS[pick(KAZAKH_ROOTS.length)] as string;
  const suffix = ['ов', 'ев', 'ұлы', 'бай'][pick(4)] as string;
  if (suffix === 'ұлы') return male ? `${root}ұлы` : `${root}қызы`;
  return male || suffix === 'бай' ? `${root}${suffix}` : `${root}${suffix}а`;
}

interface Person {
  iin: string;
  lastName: string;
  firstName: string;
  middleName: string | null;
  male: boolean;
}

function person(pick: (n: number) => number, serial: number): Person {
  const male = pick(2) === 0;
  const father = FATHERS[pick(FATHERS.length)] as string;
  const kazakh = pick(2) === 0;
  const middleName =
    pick(10) === 0 ? null : kazakh ? `${father}${male ? 'ұлы' : 'қызы'}` : `${father}ов${male ? 'ич' : 'на'}`;
  const yymm = `${String(pick(100)).padStart(2, '0')}${String(1 + pick(12)).padStart(2, '0')}`;
  return {
    // Year and month of birth, then unique by the serial; no day, no check digit (the table
    // only checks the length): enough for prefixes to spread as the office's do.
    iin: `${yymm}${male ? 3 : 4}${String(serial).padStart(7, '0')}`,
    lastName: surname(pick, male),
    firstName: (male ? MALE : FEMALE)[pick(MALE.length)] as string,
    middleName,
    male,
  };
}

/**
 * Writes `n` applications, each with its own applicant (a fifth of them children with a
 * representative), accepted one after another over the years before `until` (a few in the
 * same second, as two desks would), mostly closed, the last ones still open, one in a hundred
 * cancelled.
 */
export function fillApplications(db: Db, n: number, opts: { seed?: number; until?: string } = {}): void {
  const rnd = random(opts.seed ?? 12);
  const pick = (k: number) => Math.floor(rnd() * k);
  const until = Date.parse(opts.until ?? '2026-11-25T05:00:00.000Z');
  const at = '2006-01-01T00:00:00.000Z';
  db.transaction(() => {
    const user =
      (db.prepare('SELECT id FROM users ORDER BY id LIMIT 1').pluck().get() as number | undefined) ??
      Number(
        db
          .prepare(
            "INSERT INTO users (login, full_name, role, language, created_at) VALUES ('filler', 'Толтырушы', 'clerk', 'kk', ?)",
          )
          .run(at).lastInsertRowid,
      );
    const firstPerson =
      (db.prepare('SELECT coalesce(max(id), 0) FROM applicants').pluck().get() as number) + 1;
    const applicant = db.prepare(
      `INSERT INTO applicants (iin, last_name, first_name, middle_name, name_folded, birth_date, sex, address, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, '1960-01-01', ?, 'Пресновка ауылы', ?, ?)`,
    );
    const representative = db.prepare(
      `INSERT INTO representatives (iin, last_name, first_name, middle_name, name_folded, birth_date, sex, address, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, '1985-01-01', ?, 'Пресновка ауылы', ?, ?)`,
    );
    const application = db.prepare(
      `INSERT INTO applications (reg_year, reg_seq, reg_number, applicant_id, representative_id, relation, category,
         status, standard_version, accepted_at, accepted_date, term_end, accepted_by, attempt_id)
       VALUES (@year, @seq, @regNumber, @applicantId, @representativeId, @relation, @category, @status, '2008-352',
         @acceptedAt, @acceptedDate, @acceptedDate, @user, @attempt)`,
    );
    const number = db.prepare(
      'INSERT OR IGNORE INTO application_numbers (number, accepted_at, application_id) VALUES (?, ?, ?)',
    );
    let attempt = 0;
    const seqOf = new Map<number, number>();
    const span = until - Date.parse(at);
    const person0 = (serial: number) => person(pick, serial);
    for (let i = 0; i < n; i++) {
      const p = person0(firstPerson + i);
      const pf = foldedFullName(p);
      const applicantId = Number(
        applicant.run(p.iin, p.lastName, p.firstName, p.middleName, pf, p.male ? 'male' : 'female', at, at)
          .lastInsertRowid,
      );
      if (attempt === 0) {
        const consent = Number(
          db
            .prepare('INSERT INTO consents (applicant_id, given_at, recorded_by) VALUES (?, ?, ?)')
            .run(applicantId, at, user).lastInsertRowid,
        );
        attempt = Number(
          db
            .prepare(
              `INSERT INTO intake_attempts (applicant_id, category, outcome, consent_id, standard_version, at, local_date, by_user)
               VALUES (?, 'adult', 'accepted', ?, '2008-352', ?, '2006-01-01', ?)`,
            )
            .run(applicantId, consent, at, user).lastInsertRowid,
        );
      }
      let representativeId: number | null = null;
      let representativeIin: string | null = null;
      if (pick(5) === 0) {
        const r = person0(firstPerson + i);
        const iin = `9${r.iin.slice(1)}`;
        representativeIin = iin;
        representativeId = Number(
          representative.run(
            iin,
            r.lastName,
            r.firstName,
            r.middleName,
            foldedFullName(r),
            r.male ? 'male' : 'female',
            at,
            at,
          ).lastInsertRowid,
        );
      }
      // In order over the years; every tenth in the same second as the one before it.
      const t = new Date(Date.parse(at) + Math.floor((span * (i - (i % 10 === 9 ? 1 : 0))) / n));
      const acceptedAt = new Date(Math.floor(t.getTime() / 1000) * 1000).toISOString();
      const year = t.getUTCFullYear();
      const seq = (seqOf.get(year) ?? 0) + 1;
      seqOf.set(year, seq);
      const applicationId = Number(
        application.run({
          year,
          seq,
          regNumber: `${year}-${String(seq).padStart(4, '0')}`,
          applicantId,
          representativeId,
          relation: representativeId === null ? null : 'mother',
          category: representativeId === null ? 'adult' : 'child',
          status: pick(100) === 0 ? 'cancelled' : i > n - 50 ? 'accepted' : 'closed',
          acceptedAt,
          acceptedDate: acceptedAt.slice(0, 10),
          user,
          attempt,
        }).lastInsertRowid,
      );
      // The numbers and the names' index, as applications.ts keeps them.
      const numbers = `${year}-${String(seq).padStart(4, '0')} ${p.iin} ${representativeIin ?? ''}`;
      for (const w of new Set(numbers.split(' ').filter(Boolean))) number.run(w, acceptedAt, applicationId);
      writeSearchEntry(db, applicationId, false);
    }
  })();
}
