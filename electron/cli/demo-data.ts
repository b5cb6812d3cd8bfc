// A realistic month of room No. 8 for training and demonstrations: adults and disabled children
// with their representatives, Kazakh and Russian families of the Zhambyl district, a few
// packages turned away for a missing paper (and most of those people back a few days later).
// Everything goes through the handlers, exactly as the desk would do it — never SQL — each
// visit with its own fixed clock on a working day of the office calendar (§10: Mon–Fri,
// 09:00–18:00, lunch 13:00–14:00). A fixed seed makes the month the same at every run.

import { TZDate } from '@date-fns/tz';
import type { ChannelName, Input, Output } from '../../shared/contract/index.ts';
import type { IntakeInput } from '../../shared/contract/intake.ts';
import { addDays, isWorkingDay, type OfficeCalendar } from '../../shared/domain/calendar.ts';
import { requiredDocuments } from '../../shared/domain/checklist.ts';
import { completeIin } from '../../shared/domain/iin.ts';
import { definitionFor } from '../../shared/standard/service-definition.ts';
import { type Clock, fixedClock, type Session } from '../app/context.ts';
import type { Desk } from '../app/open-desk.ts';
import { walkDemoComplaints } from '../complaints/demo.ts';
import { type DemoAccepted, walkDemoDecisions } from '../decisions/demo.ts';

export class DemoRefused extends Error {}

export interface DemoSummary {
  month: string;
  workingDays: number;
  accepted: number;
  turnedAway: number;
  clerks: string[];
  /** After the talon (§16, §17): decided by the head, and the applicant told. */
  decided?: number;
  notified?: number;
  /** §21–§23: complaints entered in the journal. */
  complaints?: number;
}

/** mulberry32: small, seeded, the same sequence on every machine. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Sex = 'male' | 'female';
type Lang = 'kk' | 'ru';

interface NamePool {
  /** [male, female] forms of a family name. */
  surnames: readonly (readonly [string, string])[];
  male: readonly string[];
  female: readonly string[];
  fathers: readonly string[];
  villages: readonly string[];
  streets: readonly string[];
}

const NAMES: Record<Lang, NamePool> = {
  kk: {
    surnames: [
      ['Қасымов', 'Қасымова'],
      ['Нұрланов', 'Нұрланова'],
      ['Әбдірахманов', 'Әбдірахманова'],
      ['Сейітов', 'Сейітова'],
      ['Жұмабаев', 'Жұмабаева'],
      ['Төлеуов', 'Төлеуова'],
      ['Оспанов', 'Оспанова'],
      ['Өмірбеков', 'Өмірбекова'],
      ['Ғабдуллин', 'Ғабдуллина'],
      ['Құрманғалиев', 'Құрманғалиева'],
    ],
    male: ['Ерлан', 'Нұрлан', 'Бауыржан', 'Қайрат', 'Серік', 'Ғалым', 'Мұрат', 'Дәурен', 'Ұлан', 'Әлихан'],
    female: ['Гүлнәр', 'Айгүл', 'Сәуле', 'Меруерт', 'Жанар', 'Әсел', 'Динара', 'Ботагөз', 'Іңкәр', 'Үміт'],
    fathers: ['Әбіл', 'Серік', 'Қайрат', 'Болат', 'Нұрлан', 'Һади', 'Ерғали', 'Жұмаш'],
    villages: ['Пресновка ауылы', 'Благовещенка ауылы', 'Мирное ауылы', 'Троицкое ауылы', 'Казанка ауылы'],
    streets: ['Достық көшесі', 'Абай көшесі', 'Шұғыла көшесі', 'Тәуелсіздік көшесі', 'Бейбітшілік көшесі'],
  },
  ru: {
    surnames: [
      ['Иванов', 'Иванова'],
      ['Петренко', 'Петренко'],
      ['Ким', 'Ким'],
      ['Шевченко', 'Шевченко'],
      ['Кузнецов', 'Кузнецова'],
      ['Попов', 'Попова'],
      ['Смирнов', 'Смирнова'],
      ['Волков', 'Волкова'],
      ['Бондаренко', 'Бондаренко'],
      ['Мельников', 'Мельникова'],
    ],
    male: [
      'Сергей',
      'Андрей',
      'Владимир',
      'Николай',
      'Александр',
      'Виктор',
      'Юрий',
      'Михаил',
      'Денис',
      'Артём',
    ],
    female: [
      'Светлана',
      'Наталья',
      'Ольга',
      'Татьяна',
      'Людмила',
      'Елена',
      'Галина',
      'Ирина',
      'Анна',
      'Мария',
    ],
    fathers: ['Пётр', 'Иван', 'Виктор', 'Николай', 'Сергей', 'Александр', 'Юрий', 'Михаил'],
    villages: ['с. Пресновка', 'с. Благовещенка', 'с. Мирное', 'с. Троицкое', 'с. Казанка'],
    streets: ['ул. Дружба', 'ул. Мира', 'ул. Школьная', 'ул. Целинная', 'ул. Садовая'],
  },
};

function patronymic(lang: Lang, father: string, sex: Sex): string {
  if (lang === 'kk') return `${father}${sex === 'male' ? 'ұлы' : 'қызы'}`;
  const stem: Record<string, string> = {
    Пётр: 'Петров',
    Иван: 'Иванов',
    Виктор: 'Викторов',
    Николай: 'Николаев',
    Сергей: 'Сергеев',
    Александр: 'Александров',
    Юрий: 'Юрьев',
    Михаил: 'Михайлов',
  };
  return `${stem[father] ?? father}${sex === 'male' ? 'ич' : 'на'}`;
}

type Applicant = IntakeInput['applicant'];
type Representative = NonNullable<IntakeInput['representative']>;

class People {
  private serial = 100;
  readonly rnd: () => number;
  constructor(rnd: () => number) {
    this.rnd = rnd;
  }

  pick<T>(list: readonly T[]): T {
    return list[Math.floor(this.rnd() * list.length)] as T;
  }

  int(from: number, to: number): number {
    return from + Math.floor(this.rnd() * (to - from + 1));
  }

  birthDate(fromYear: number, toYear: number): string {
    const y = this.int(fromYear, toYear);
    const m = this.int(1, 12);
    const d = this.int(1, 28);
    return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
  }

  /** A valid IIN (FACTS.md: YYMMDD, century/sex digit, serial, check digit); serials never repeat. */
  iin(birth: string, sex: Sex): string {
    const century = Number(birth.slice(0, 2)) >= 20 ? 5 : 3;
    const digit = century + (sex === 'female' ? 1 : 0);
    const yymmdd = `${birth.slice(2, 4)}${birth.slice(5, 7)}${birth.slice(8, 10)}`;
    for (;;) {
      const iin = completeIin(`${yymmdd}${digit}${String(this.serial++ % 10_000).padStart(4, '0')}`);
      if (iin) return iin;
    }
  }

  phone(): string {
    const n = () => String(this.int(0, 99)).padStart(2, '0');
    return `+7 ${this.pick(['701', '702', '705', '707', '747', '777'])} ${this.int(100, 999)} ${n()} ${n()}`;
  }

  address(lang: Lang): string {
    const l = NAMES[lang];
    return `${this.pick(l.villages)}, ${this.pick(l.streets)}, ${this.int(1, 60)}`;
  }

  person(
    lang: Lang,
    sex: Sex,
    birth: string,
    surname: readonly [string, string],
    address: string,
  ): Applicant {
    const l = NAMES[lang];
    return {
      iin: this.iin(birth, sex),
      lastName: sex === 'male' ? surname[0] : surname[1],
      firstName: this.pick(sex === 'male' ? l.male : l.female),
      middleName: patronymic(lang, this.pick(l.fathers), sex),
      address,
      phone: this.rnd() < 0.85 ? this.phone() : null,
    };
  }
}

interface Visit {
  category: 'adult' | 'child';
  applicant: Applicant;
  representative: Representative | null;
}

function newVisit(people: People, on: string): Visit {
  const lang: Lang = people.rnd() < 0.6 ? 'kk' : 'ru';
  const surname = people.pick(NAMES[lang].surnames);
  const address = people.address(lang);
  const year = Number(on.slice(0, 4));
  if (people.rnd() < 0.65) {
    const sex: Sex = people.rnd() < 0.55 ? 'female' : 'male';
    return {
      category: 'adult',
      applicant: people.person(lang, sex, people.birthDate(1942, 1990), surname, address),
      representative: null,
    };
  }
  // A disabled child (under 18 on the day) and the legal representative (§12 reading).
  const childBirth = people.birthDate(year - 16, year - 3);
  const child = people.person(lang, people.rnd() < 0.5 ? 'male' : 'female', childBirth, surname, address);
  const roll = people.rnd();
  const relation = roll < 0.6 ? 'mother' : roll < 0.85 ? 'father' : 'guardian';
  const repSex: Sex =
    relation === 'mother' ? 'female' : relation === 'father' ? 'male' : people.pick(['female', 'male']);
  const childYear = Number(childBirth.slice(0, 4));
  const rep = people.person(lang, repSex, people.birthDate(childYear - 38, childYear - 21), surname, address);
  const [y, m, d] = childBirth.split('-');
  const issued = `${d}.${m}.${y}`;
  const number = String(people.int(1, 999_999)).padStart(7, '0');
  const authorityDocument =
    relation === 'guardian'
      ? lang === 'kk'
        ? `Қамқоршылық туралы шешім № ${people.int(10, 400)}`
        : `Постановление об установлении опеки № ${people.int(10, 400)}`
      : lang === 'kk'
        ? `Туу туралы куәлік № ${number}, ${issued}`
        : `Свидетельство о рождении № ${number}, ${issued}`;
  return { category: 'child', applicant: child, representative: { ...rep, relation, authorityDocument } };
}

function marks(category: 'adult' | 'child', on: string, missing: readonly string[] = []) {
  return requiredDocuments(definitionFor(on), category)
    .filter((d) => !missing.includes(d.code))
    .map((d) => ({ code: d.code, originalSeenReturned: true, copyReceived: true }));
}

/** Local wall time of the office → the instant, for the visit's fixed clock. */
function instant(date: string, minutes: number, timeZone: string): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new Date(
    new TZDate(y, m - 1, d, Math.floor(minutes / 60), minutes % 60, 0, timeZone).getTime(),
  ).toISOString();
}

const toMinutes = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));

/** Visit times of one day inside the reception hours, never in the lunch break (§10). */
function visitTimes(people: People, n: number, on: string): number[] {
  const h = definitionFor(on).workingHours;
  const slots: number[] = [];
  // Quarter-hour slots; the last one leaves time to finish before closing.
  for (let t = toMinutes(h.open); t <= toMinutes(h.close) - 30; t += 15) {
    if (t >= toMinutes(h.lunchFrom) - 15 && t < toMinutes(h.lunchTo)) continue;
    slots.push(t);
  }
  const chosen = new Set<number>();
  while (chosen.size < Math.min(n, slots.length)) chosen.add(people.pick(slots) + people.int(0, 9));
  return [...chosen].sort((a, b) => a - b);
}

const DEMO_HEAD = {
  login: 'bolat',
  fullName: 'Болат Серікұлы Жақсылықов',
  role: 'head' as const,
  language: 'kk' as const,
};

const CLERKS = [
  { login: 'aigerim', fullName: 'Айгерім Сапарқызы Нұрланова', language: 'kk' as const },
  { login: 'svetlana', fullName: 'Светлана Викторовна Ким', language: 'ru' as const },
];

/** Fills a fresh database with the working days of one month (default: November 2026). */
export async function fillDemoMonth(
  desk: Desk,
  opts: { year?: number; month?: number; asLogin?: string; seed?: number } = {},
): Promise<DemoSummary> {
  const year = opts.year ?? 2026;
  const month = opts.month ?? 11;
  const first = `${year}-${String(month).padStart(2, '0')}-01`;
  const session: Session = { userId: null };
  const call = async <C extends ChannelName>(
    channel: C,
    input: Input<C>,
    clock: Clock,
  ): Promise<Output<C>> => {
    const r = await desk.registry.dispatch(channel, input, desk.context('cli', session, clock));
    if (!r.ok) throw new Error(`${channel}: ${JSON.stringify(r.error)}`);
    return r.value as Output<C>;
  };
  const settingUp = fixedClock(instant(first, 8 * 60, 'Asia/Almaty'));

  let users = await call('session.users', {}, settingUp);
  if (users.length === 0) {
    // A new office: the IT user administers it, two clerks take turns at the desk.
    const it = await call(
      'users.create',
      { login: 'it', fullName: 'IT (әкімші / администратор)', role: 'admin', language: 'ru' },
      settingUp,
    );
    await call('session.signIn', { userId: it.id }, settingUp);
    for (const c of CLERKS) await call('users.create', { ...c, role: 'clerk' }, settingUp);
    // §17: the head of the department decides.
    await call('users.create', DEMO_HEAD, settingUp);
    users = await call('session.users', {}, settingUp);
  } else {
    const acting = opts.asLogin
      ? users.find((u) => u.login === opts.asLogin)
      : users.filter((u) => u.role === 'admin').sort((a, b) => a.id - b.id)[0];
    if (!acting)
      throw new DemoRefused(`No active user ${opts.asLogin ?? 'with the admin role'} in this database.`);
    await call('session.signIn', { userId: acting.id }, settingUp);
    const { total } = await call('applications.search', { limit: 1 }, settingUp);
    if (total > 0) {
      throw new DemoRefused(
        `The database already holds ${total} application(s): demo-data only fills a fresh database. ` +
          'Use an empty --data-dir.',
      );
    }
  }
  const clerks = users.filter((u) => u.role === 'clerk');
  const staff = clerks.length > 0 ? clerks : users;

  const { office } = await call('settings.get', {}, settingUp);
  const days = await call('calendar.year', { year }, settingUp);
  const calendar: OfficeCalendar = {
    daysOff: new Set(days.daysOff.map((d) => d.date)),
    workingWeekendDays: new Set(days.workingWeekendDays.map((d) => d.date)),
    workingWeekdays: definitionFor(first).workingHours.days,
  };
  const workingDays: string[] = [];
  for (let d = first; d.slice(5, 7) === first.slice(5, 7); d = addDays(d, 1)) {
    if (isWorkingDay(d, calendar)) workingDays.push(d);
  }

  const people = new People(random(opts.seed ?? year * 100 + month));
  const comingBack = new Map<string, Visit[]>();
  let accepted = 0;
  let turnedAway = 0;
  const acceptedApps: DemoAccepted[] = [];
  for (const [i, day] of workingDays.entries()) {
    const clerk = staff[i % staff.length] as (typeof staff)[number];
    const morning = fixedClock(
      instant(day, toMinutes(definitionFor(day).workingHours.open) - 5, office.timeZone),
    );
    await call('session.signIn', { userId: clerk.id }, morning);
    const returning = comingBack.get(day) ?? [];
    // Two or three packages a day, the people coming back included.
    const fresh = Math.max(people.int(2, 3) - returning.length, 1);
    const visits = [...returning, ...Array.from({ length: fresh }, () => newVisit(people, day))];
    const times = visitTimes(people, visits.length, day);
    for (const [k, visit] of visits.entries()) {
      const clock = fixedClock(instant(day, times[k] ?? times.at(-1) ?? 600, office.timeZone));
      const input = { ...visit, consentSigned: true };
      const isReturn = k < returning.length;
      if (!isReturn && people.rnd() < 0.14) {
        // A paper is missing: the clerk lists it and the person comes back with it (most do).
        const missing = people.pick([
          ['residence'],
          ['living_conditions_act'],
          ['medical_card', 'residence'],
        ]);
        await call('intake.turnAway', { ...input, documents: marks(visit.category, day, missing) }, clock);
        turnedAway++;
        const back = workingDays[i + people.int(2, 4)];
        if (back && people.rnd() < 0.8) comingBack.set(back, [...(comingBack.get(back) ?? []), visit]);
        continue;
      }
      const a = await call('intake.accept', { ...input, documents: marks(visit.category, day) }, clock);
      acceptedApps.push({ applicationId: a.applicationId, dayIndex: i, category: visit.category });
      accepted++;
    }
  }
  // The month after the talon, when the office has someone who decides (§17).
  const head = users.find((u) => u.role === 'head' || u.role === 'deputy');
  const after = head
    ? await walkDemoDecisions(
        async (channel, input, day, minutes, userId) => {
          const clock = fixedClock(instant(day, minutes, office.timeZone));
          if (session.userId !== userId) await call('session.signIn', { userId }, clock);
          return call(channel, input, clock);
        },
        {
          accepted: acceptedApps,
          workingDays,
          clerkOn: (i) => (staff[i % staff.length] as (typeof staff)[number]).id,
          headId: head.id,
          rnd: people.rnd,
        },
      )
    : {};
  // §21–§23: a few complaints of the month, answered, sent, under review and one overdue.
  const complaints = head
    ? await walkDemoComplaints(
        async (channel, input, day, minutes, userId) => {
          const clock = fixedClock(instant(day, minutes, office.timeZone));
          if (session.userId !== userId) await call('session.signIn', { userId }, clock);
          return call(channel, input, clock);
        },
        {
          workingDays,
          clerkOn: (i) => (staff[i % staff.length] as (typeof staff)[number]).id,
          headId: head.id,
          applicationId: acceptedApps[0]?.applicationId ?? null,
        },
      )
    : {};
  return {
    ...after,
    ...complaints,
    month: first.slice(0, 7),
    workingDays: workingDays.length,
    accepted,
    turnedAway,
    clerks: staff.map((u) => u.login),
  };
}
