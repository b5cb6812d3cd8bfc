// A realistic month of room No. 8 for training and demonstrations: adults and disabled children
// with their representatives, Kazakh and Russian families of the Zhambyl district, a few
// packages turned away for a missing paper (and most of those people back a few days later).
// Everything goes through the handlers, exactly as the desk would do it — never SQL — each
// step with its own fixed clock on a working day of the office calendar (§10: Mon–Fri,
// 09:00–18:00, lunch 13:00–14:00), and the whole month in time order. Every visit comes through
// the walk-in queue (§7.2, §7.3): a "hand in documents" ticket for each intake, a "collect
// result" ticket for each notification handed over in person, called in order of arrival, a
// few people gone before their call, a few mornings when the bus brings several at once and the
// wait runs past the 20-minute limit; the clerk closes the queue's day after 18:00. A fixed seed
// makes the month the same at every run.

import fs from 'node:fs';
import path from 'node:path';
import { TZDate } from '@date-fns/tz';
import type { ChannelName, Input, Output } from '../../shared/contract/index.ts';
import type { IntakeInput } from '../../shared/contract/intake.ts';
import { addDays, isWorkingDay, type OfficeCalendar } from '../../shared/domain/calendar.ts';
import { requiredDocuments } from '../../shared/domain/checklist.ts';
import { completeIin } from '../../shared/domain/iin.ts';
import { definitionFor } from '../../shared/standard/service-definition.ts';
import { walkDemoComplaints } from '../complaints/demo.ts';
import { copyOnto } from '../db/copy-onto.ts';
import { loadOfficeSettings } from '../db/settings.ts';
import { listActiveUsers } from '../db/users.ts';
import { type DemoAccepted, type DemoStepper, walkDemoDecisions } from '../decisions/demo.ts';
import { FILE_FOLDERS } from '../desk/backup.ts';
import { databaseFile } from '../desk/data-dir.ts';
import { type Desk, openDesk } from '../desk/open-desk.ts';
import { type Clock, fixedClock, type Session } from '../kernel/context.ts';
import { type Lang, NAMES, Picker, random, type Sex } from './demo-names.ts';
import { complaintAnswers, visitAnswers } from './demo-survey.ts';
import { type GenerateSummary, generateHistory, SCALES, type Scale } from './generate.ts';

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
  /** §19: visits that answered the satisfaction survey, at the kiosk and on paper typed in. */
  survey: { kiosk: number; paper: number };
  /** `--scale office|region`: the years of history before the month, written in bulk (generate.ts). */
  history?: GenerateSummary & { scale: Scale; years: string; districts: number };
  /** §7.2, §7.3, §10: the walk-in queue of the month, as its statistics (queue.stats) report it. */
  queue: {
    tickets: number;
    handIn: number;
    collect: number;
    noShows: number;
    medianWaitMinutes: number | null;
    p90WaitMinutes: number | null;
    breaches: number;
    /** Waits over the 40 minutes of indicator 1.2. */
    over40: number;
  };
}

type Applicant = IntakeInput['applicant'];
type Representative = NonNullable<IntakeInput['representative']>;

class People extends Picker {
  private serial = 100;

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

/** Local wall time of the office, in seconds after midnight → the instant, for a fixed clock. */
function instant(date: string, seconds: number, timeZone: string): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const s = Math.round(seconds);
  const wall = new TZDate(y, m - 1, d, Math.floor(s / 3600), Math.floor((s % 3600) / 60), s % 60, timeZone);
  return new Date(wall.getTime()).toISOString();
}

const toMinutes = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));

/** Arrival times of one day inside the reception hours, never in the lunch break (§10). */
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

// ---- The walk-in queue of one day (§7.2, §7.3, §10) ----------------------------------------

type Purpose = 'hand_in' | 'collect';

/** What a visitor came for, done at the desk while the ticket is being served. */
type Errand =
  | { kind: 'accept'; input: IntakeInput; token: number }
  | { kind: 'turnAway'; input: IntakeInput }
  | { kind: 'handOver'; input: Input<'decisions.handOver'> }
  /** Took a ticket and left before the turn came: called the office's number of times, then "did not come". */
  | { kind: 'noShow' };

interface Visitor {
  purpose: Purpose;
  /** When the ticket is issued (the visitor arrives), seconds after local midnight. */
  arrival: number;
  /** How long the service would take from the call to its end, seconds. */
  service: number;
  errand: Errand;
}

type QueueStep = 'issue' | 'call' | 'recall' | 'noShow' | 'start' | 'errand' | 'finish';

interface Timed {
  at: number;
  step: QueueStep;
  visitor: Visitor;
}

/** The reception day in seconds after local midnight (§10). */
interface Hours {
  open: number;
  lunchFrom: number;
  lunchTo: number;
  close: number;
}

/** The shortest service the clerk can give: a package is looked through, a letter handed over. */
const SHORTEST: Record<Purpose, number> = { hand_in: 8 * 60, collect: 3 * 60 };
/** Seconds between two calls of a visitor who does not come. */
const RECALL_GAP = [90, 110] as const;

function fewestSeconds(v: Visitor, calls: number): number {
  return v.errand.kind === 'noShow' ? calls * 120 + 60 : SHORTEST[v.purpose];
}

/**
 * One clerk's day at the desk, in strict order of arrival (§10): the first waiting visitor is
 * called when the clerk is free; nobody is called at lunch or after closing; a service that
 * cannot end before lunch waits for 14:00; a late afternoon is served faster, so everyone who
 * came is served before 18:00. Returns the steps with their times — the waits follow from them.
 */
function scheduleDay(
  day: string,
  visitors: readonly Visitor[],
  h: Hours,
  calls: number,
  rnd: () => number,
): Timed[] {
  const between = (from: number, to: number) => from + Math.round(rnd() * (to - from));
  const line = [...visitors].sort((a, b) => a.arrival - b.arrival);
  const steps: Timed[] = [];
  let free = h.open;
  for (const [k, v] of line.entries()) {
    steps.push({ at: v.arrival, step: 'issue', visitor: v });
    const fewest = fewestSeconds(v, calls);
    // The clerk puts the last file away (or looks up from the papers) and presses "call next".
    let call = Math.max(free, v.arrival) + between(30, 240);
    if (call > h.lunchFrom - 60 - fewest && call < h.lunchTo) call = h.lunchTo + between(30, 180);
    // After lunch the rest of the line must still fit before closing.
    const rest =
      call >= h.lunchTo ? line.slice(k + 1).reduce((s, w) => s + fewestSeconds(w, calls) + 300, 0) : 0;
    const until = (call < h.lunchFrom ? h.lunchFrom : h.close) - 60 - rest;
    if (call + fewest > until) {
      throw new Error(`demo-data: the visitors of ${day} do not fit into the reception hours`);
    }
    steps.push({ at: call, step: 'call', visitor: v });
    if (v.errand.kind === 'noShow') {
      let at = call;
      for (let n = 1; n < calls; n++) {
        at += between(...RECALL_GAP);
        steps.push({ at, step: 'recall', visitor: v });
      }
      free = at + between(40, 60);
      steps.push({ at: free, step: 'noShow', visitor: v });
      continue;
    }
    const start = call + between(30, 90);
    const end = call + Math.min(v.service, until - call);
    // The talon or the letter is handed over, then the service is ended.
    steps.push({ at: start, step: 'start', visitor: v });
    steps.push({ at: Math.max(start + 30, end - between(40, 100)), step: 'errand', visitor: v });
    steps.push({ at: end, step: 'finish', visitor: v });
    free = end;
  }
  return steps;
}

/** Every demo user's password, for training (README); never an office's. */
export const DEMO_PASSWORD = 'demo-2026';
const DEMO_FIRST_PASSWORD = 'demo-first-2026';

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

/** Mornings when the first visitors of the day came together on the bus from the villages. */
const BUS_MORNINGS = 3;

/** One thing done in the office at a local time of a day; the month runs them in time order. */
interface Act {
  day: string;
  at: number;
  seq: number;
  run: (clockAt: string) => Promise<void>;
}

/** A step the decisions or complaints walk wanted, kept until its turn in the month comes. */
interface Wanted {
  channel: ChannelName;
  input: unknown;
  day: string;
  minutes: number;
  userId: number;
  /** What the walk was given as the id of what this step writes (see `token`). */
  token: number;
}

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
  const settingUp = fixedClock(instant(first, 8 * 3600, 'Asia/Almaty'));
  // The survey kiosk answers in a session of its own, with nobody signed in (as in the browser mode).
  const kioskSession: Session = { userId: null };
  const kiosk = async (input: Input<'survey.answer'>, clock: Clock) => {
    const r = await desk.registry.dispatch('survey.answer', input, desk.context('cli', kioskSession, clock));
    if (!r.ok) throw new Error(`survey.answer: ${JSON.stringify(r.error)}`);
  };
  const survey = { kiosk: 0, paper: 0 };

  let users = await call('session.users', {}, settingUp);
  if (users.length === 0) {
    // A new office: the IT user administers it, two clerks take turns at the desk.
    const it = await call(
      'users.create',
      {
        login: 'it',
        fullName: 'IT (әкімші / администратор)',
        role: 'admin',
        language: 'ru',
        password: DEMO_PASSWORD,
      },
      settingUp,
    );
    await call('session.signIn', { login: it.login }, settingUp);
    const staff = [...CLERKS.map((c) => ({ ...c, role: 'clerk' as const })), DEMO_HEAD]; // §17: the head decides
    for (const u of staff) await call('users.create', { ...u, password: DEMO_FIRST_PASSWORD }, settingUp);
    // Each chooses their own password at the first sign-in, as at the office; for training,
    // everyone's is the same (README).
    for (const u of staff) {
      await call('session.signIn', { login: u.login }, settingUp);
      await call(
        'session.changePassword',
        { currentPassword: DEMO_FIRST_PASSWORD, password: DEMO_PASSWORD },
        settingUp,
      );
    }
    await call('session.signIn', { login: it.login }, settingUp);
    users = await call('session.users', {}, settingUp);
  } else {
    const acting = opts.asLogin
      ? users.find((u) => u.login === opts.asLogin)
      : users.filter((u) => u.role === 'admin').sort((a, b) => a.id - b.id)[0];
    if (!acting)
      throw new DemoRefused(`No active user ${opts.asLogin ?? 'with the admin role'} in this database.`);
    await call('session.signIn', { login: acting.login }, settingUp);
    const { total } = await call('applications.search', { limit: 1 }, settingUp);
    if (total > 0) {
      throw new DemoRefused(
        `The database already holds ${total} application(s): demo-data only fills a fresh database. ` +
          'Use an empty --data-dir.',
      );
    }
  }
  const loginOf = (id: number) => users.find((u) => u.id === id)?.login ?? '';
  const clerks = users.filter((u) => u.role === 'clerk');
  const staff = clerks.length > 0 ? clerks : users;
  const clerkOn = (i: number) => (staff[i % staff.length] as (typeof staff)[number]).id;

  const { office, queue } = await call('settings.get', {}, settingUp);
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

  // The month is planned first and done afterwards, in time order. An application or a
  // complaint planned before it exists is named by a token (a negative number) and the token
  // is swapped for the real id when the step that needs it runs.
  let lastToken = 0;
  const token = () => --lastToken;
  const realId = new Map<number, number>();
  const resolve = <T>(input: T): T => {
    const out = { ...(input as Record<string, unknown>) };
    for (const key of ['applicationId', 'complaintId', 'id']) {
      const v = out[key];
      if (typeof v !== 'number' || v >= 0) continue;
      const real = realId.get(v);
      if (real === undefined) throw new Error(`demo-data: ${key} ${v} is used before it was written`);
      out[key] = real;
    }
    return out as T;
  };

  // ---- Who comes to hand in documents (the same people, in the same order, at every run) ----
  const people = new People(random(opts.seed ?? year * 100 + month));
  const comingBack = new Map<string, Visit[]>();
  const handingIn = new Map<string, Omit<Visitor, 'service'>[]>();
  let accepted = 0;
  let turnedAway = 0;
  const acceptedApps: DemoAccepted[] = [];
  for (const [i, day] of workingDays.entries()) {
    const returning = comingBack.get(day) ?? [];
    // Two or three packages a day, the people coming back included.
    const fresh = Math.max(people.int(2, 3) - returning.length, 1);
    const visits = [...returning, ...Array.from({ length: fresh }, () => newVisit(people, day))];
    const times = visitTimes(people, visits.length, day);
    const today: Omit<Visitor, 'service'>[] = [];
    for (const [k, visit] of visits.entries()) {
      const arrival = (times[k] ?? times.at(-1) ?? 600) * 60;
      const input = { ...visit, consentSigned: true };
      const isReturn = k < returning.length;
      if (!isReturn && people.rnd() < 0.14) {
        // A paper is missing: the clerk lists it and the person comes back with it (most do).
        const missing = people.pick([
          ['residence'],
          ['living_conditions_act'],
          ['medical_card', 'residence'],
        ]);
        const errand = {
          kind: 'turnAway' as const,
          input: { ...input, documents: marks(visit.category, day, missing) },
        };
        today.push({ purpose: 'hand_in', arrival, errand });
        turnedAway++;
        const back = workingDays[i + people.int(2, 4)];
        if (back && people.rnd() < 0.8) comingBack.set(back, [...(comingBack.get(back) ?? []), visit]);
        continue;
      }
      const applicationId = token();
      const errand = {
        kind: 'accept' as const,
        input: { ...input, documents: marks(visit.category, day) },
        token: applicationId,
      };
      today.push({ purpose: 'hand_in', arrival, errand });
      acceptedApps.push({ applicationId, dayIndex: i, category: visit.category });
      accepted++;
    }
    handingIn.set(day, today);
  }

  // ---- The month after the talon and the complaint journal, as their walks plan them ----
  const wanted: Wanted[] = [];
  const want: DemoStepper = async (channel, input, day, minutes, userId) => {
    const id = token();
    wanted.push({ channel, input, day, minutes, userId, token: id });
    return { id };
  };
  const head = users.find((u) => u.role === 'head' || u.role === 'deputy');
  // §17: when the office has someone who decides.
  const after = head
    ? await walkDemoDecisions(want, {
        accepted: acceptedApps,
        workingDays,
        clerkOn,
        headId: head.id,
        rnd: people.rnd,
      })
    : {};
  // §21–§23: a few complaints of the month, answered, sent, under review and one overdue.
  const complaints = head
    ? await walkDemoComplaints(want, {
        workingDays,
        clerkOn,
        headId: head.id,
        applicationId: acceptedApps[0]?.applicationId ?? null,
      })
    : {};

  // ---- Everything, in the order it happened ----
  const acts: Act[] = [];
  const act = (day: string, at: number, run: Act['run']) => acts.push({ day, at, seq: acts.length, run });
  const as = async <C extends ChannelName>(
    userId: number,
    channel: C,
    input: Input<C>,
    at: string,
  ): Promise<Output<C>> => {
    const clock = fixedClock(at);
    if (session.userId !== userId) await call('session.signIn', { login: loginOf(userId) }, clock);
    return call(channel, input, clock);
  };
  for (const w of wanted) {
    if (w.channel === 'decisions.handOver') continue; // served from the queue below
    act(w.day, w.minutes * 60, async (at) => {
      const r = await as(w.userId, w.channel, resolve(w.input) as Input<ChannelName>, at);
      const id = (r as { id?: unknown } | null)?.id;
      if (typeof id === 'number') realId.set(w.token, id);
    });
  }

  // The queue has its own seeded sequence, so the people and the files stay those of the seed.
  const qrnd = random((opts.seed ?? year * 100 + month) ^ 0x51ee);
  const between = (from: number, to: number) => from + Math.round(qrnd() * (to - from));
  const busy = workingDays.filter((d) => (handingIn.get(d)?.length ?? 0) >= 3);
  const busMornings = new Set<string>();
  while (busMornings.size < Math.min(BUS_MORNINGS, busy.length)) {
    busMornings.add(busy[Math.floor(qrnd() * busy.length)] as string);
  }
  const calls = queue.noShowAfterCalls;
  // The survey has its own seeded sequence too; so does each answer's mark (demo-survey.ts).
  const srnd = random((opts.seed ?? year * 100 + month) ^ 0x5a7e);
  for (const [i, day] of workingDays.entries()) {
    // Paper forms filled in today, typed in by the clerk after the day's last visitor.
    const paperForms: Input<'survey.answer'>[] = [];
    const clerk = clerkOn(i);
    const wh = definitionFor(day).workingHours;
    const h: Hours = {
      open: toMinutes(wh.open) * 60,
      lunchFrom: toMinutes(wh.lunchFrom) * 60,
      lunchTo: toMinutes(wh.lunchTo) * 60,
      close: toMinutes(wh.close) * 60,
    };
    // Some time of the day; now and then in the lunch hour, when the waiting room takes tickets
    // and nobody is called until 14:00 (§10).
    const someTime = (late: number) => {
      const r = qrnd();
      if (r < 0.15) return between(h.lunchFrom + 5 * 60, h.lunchTo - 5 * 60);
      return r < 0.6 ? between(h.open + 15 * 60, h.lunchFrom - late) : between(h.lunchTo, h.close - late);
    };
    const visitors: Visitor[] = [];
    for (const [k, v] of (handingIn.get(day) ?? []).entries()) {
      // A child's package with the representative's papers takes longer; a missing paper is quick.
      const child =
        (v.errand.kind === 'accept' || v.errand.kind === 'turnAway') && v.errand.input.category === 'child';
      const service =
        v.errand.kind === 'turnAway' ? between(7, 12) * 60 : (between(12, 22) + (child ? 5 : 0)) * 60;
      // The morning bus: the first visitors wait at the door and take tickets just after nine.
      const arrival = busMornings.has(day) && k < 3 ? h.open + between(15, 420) : v.arrival + between(0, 59);
      visitors.push({ ...v, arrival, service });
    }
    // §16: those who come for their notification in person (§7.3, a "collect result" ticket).
    for (const w of wanted) {
      if (w.channel !== 'decisions.handOver' || w.day !== day) continue;
      const errand = { kind: 'handOver' as const, input: w.input as Input<'decisions.handOver'> };
      visitors.push({ purpose: 'collect', arrival: someTime(40 * 60), service: between(3, 7) * 60, errand });
    }
    // Now and then someone takes a ticket and leaves before the turn comes.
    if (qrnd() < 0.2) {
      const purpose: Purpose = qrnd() < 0.8 ? 'hand_in' : 'collect';
      visitors.push({ purpose, arrival: someTime(60 * 60), service: 0, errand: { kind: 'noShow' } });
    }

    act(day, h.open - 5 * 60, async (at) => {
      await as(clerk, 'session.signIn', { login: loginOf(clerk) }, at);
    });
    // What the visitor came for, done while the ticket is at the desk (§7.2: intake names it).
    const runErrand = async (errand: Errand, queueTicketId: number, at: string) => {
      if (errand.kind === 'accept') {
        const a = await as(clerk, 'intake.accept', { ...errand.input, queueTicketId }, at);
        realId.set(errand.token, a.applicationId);
      } else if (errand.kind === 'turnAway') {
        const away = await as(clerk, 'intake.turnAway', { ...errand.input, queueTicketId }, at);
        // §12: nobody leaves without the list of what is missing (the talon comes with intake.accept).
        await as(clerk, 'intake.printMissingList', { attemptId: away.attemptId }, at);
      } else if (errand.kind === 'handOver') {
        await as(clerk, 'decisions.handOver', { ...resolve(errand.input), queueTicketId }, at);
      }
    };
    const tickets = new Map<Visitor, number>();
    const ticketOf = (v: Visitor) => tickets.get(v) as number;
    const steps = scheduleDay(day, visitors, h, calls, qrnd);
    for (const { at: when, step, visitor: v } of steps) {
      act(day, when, async (at) => {
        const ticketId = ticketOf(v);
        switch (step) {
          case 'issue':
            tickets.set(v, (await as(clerk, 'queue.issue', { purpose: v.purpose }, at)).id);
            return;
          case 'call': {
            const r = await as(clerk, 'queue.callNext', {}, at);
            if (r.ticket?.id !== ticketId) throw new Error(`demo-data: ${day} called out of order`);
            return;
          }
          case 'recall':
            await as(clerk, 'queue.recall', { ticketId }, at);
            return;
          case 'noShow':
            await as(clerk, 'queue.noShow', { ticketId }, at);
            return;
          case 'start':
            await as(clerk, 'queue.start', { ticketId }, at);
            return;
          case 'errand':
            await runErrand(v.errand, ticketId, at);
            return;
          case 'finish': {
            const about = v.errand.kind === 'handOver' ? resolve(v.errand.input).applicationId : undefined;
            await as(clerk, 'queue.finish', { ticketId, applicationId: about }, at);
            // About half the visitors answer: most at the kiosk on the way out, some on paper.
            if (srnd() < 0.55) {
              const { code } = await as(clerk, 'survey.visitCode', { ticketId }, at);
              const answers = visitAnswers(srnd);
              if (srnd() < 0.7) {
                await kiosk({ visitCode: code, source: 'kiosk', answers }, fixedClock(at));
                survey.kiosk++;
              } else paperForms.push({ visitCode: code, source: 'paper', answers });
            }
            return;
          }
        }
      });
    }
    // §10: the clerk closes the queue's day after 18:00, once the last visitor has gone.
    const lastEnd = Math.max(h.close, ...steps.map((s) => s.at));
    act(day, lastEnd + between(60, 300), async (at) => {
      await as(clerk, 'queue.closeDay', {}, at);
      for (const form of paperForms) {
        await as(clerk, 'survey.answer', form, at);
        survey.paper++;
      }
    });
  }

  acts.sort((a, b) => a.day.localeCompare(b.day) || a.at - b.at || a.seq - b.seq);
  for (const a of acts) await a.run(instant(a.day, a.at, office.timeZone));

  const lastDay = workingDays.at(-1) ?? first;
  // 4.3, 4.4: the complainants whose answer letter went out this month answer its return slip.
  const evening = fixedClock(instant(lastDay, 18 * 3600 + 45 * 60, office.timeZone));
  const journal = session.userId === null ? { rows: [] } : await call('complaints.journal', {}, evening);
  for (const c of journal.rows) {
    if (c.answerDate === null) continue;
    const { code } = await call('survey.visitCode', { complaintId: c.id }, evening);
    await call(
      'survey.answer',
      { visitCode: code, source: 'paper', answers: complaintAnswers(srnd) },
      evening,
    );
    survey.paper++;
  }
  const stats = await call(
    'queue.stats',
    { from: first, to: lastDay },
    fixedClock(instant(lastDay, 19 * 3600, office.timeZone)),
  );
  return {
    ...after,
    ...complaints,
    month: first.slice(0, 7),
    workingDays: workingDays.length,
    accepted,
    turnedAway,
    clerks: staff.map((u) => u.login),
    survey,
    queue: {
      tickets: stats.total.issued,
      handIn: stats.byPurpose.hand_in.issued,
      collect: stats.byPurpose.collect.issued,
      noShows: stats.total.noShows,
      medianWaitMinutes: stats.total.medianWaitMinutes,
      p90WaitMinutes: stats.total.p90WaitMinutes,
      breaches: stats.total.breaches,
      over40: stats.breaches.filter((b) => b.waitMinutes > stats.indicatorMinutes).length,
    },
  };
}

/** The staging folder of a demo-data run, inside the data folder (one file system: a rename). */
export const DEMO_STAGING = '.demo-data-staging';

/**
 * demo-data all or nothing (issue 9: killed part-way, it left a partial month that a rerun
 * refused). The month is built in a staging copy of the database, then the printed papers are
 * moved in and the copy put over the database in one SQLite transaction (db/copy-onto.ts). A run
 * killed before that last step leaves the database as it was — the next run starts over, and
 * removes the staging folder the killed run left (its own scratch copy, said on stderr).
 */
export async function fillDemoDataDir(
  dataDir: string,
  opts: Parameters<typeof fillDemoMonth>[1] & { scale?: Scale } = {},
  log: (message: string) => void = (m) => console.error(m),
): Promise<DemoSummary> {
  const staging = path.join(dataDir, DEMO_STAGING);
  if (fs.existsSync(staging)) {
    log(`demo-data: removing ${staging}, left by a run that did not finish`);
    fs.rmSync(staging, { recursive: true, force: true });
  }
  const real = openDesk(dataDir);
  try {
    fs.mkdirSync(staging, { recursive: true, mode: 0o700 });
    await real.db.backup(databaseFile(staging));
  } finally {
    real.close();
  }
  const stage = openDesk(staging);
  try {
    const summary = await fillDemoMonth(stage, opts);
    if (opts.scale) summary.history = fillHistory(stage, opts.scale, Number(summary.month.slice(0, 4)), log);
    // The papers first: a kill before the database step leaves PDFs no row names, which the next
    // run writes again under the same names.
    for (const folder of FILE_FOLDERS) moveFiles(path.join(staging, folder), path.join(dataDir, folder));
    await copyOnto(stage.db, databaseFile(dataDir));
    return summary;
  } finally {
    stage.close();
    fs.rmSync(staging, { recursive: true, force: true });
  }
}

/** The whole years before the demo month's, in bulk: one office's five, or a region's twenty. */
function fillHistory(desk: Desk, scale: Scale, monthYear: number, log: (message: string) => void) {
  const { districts, years } = SCALES[scale];
  const users = listActiveUsers(desk.db);
  const clerks = users.filter((u) => u.role === 'clerk').map((u) => u.id);
  const head = users.find((u) => u.role === 'head' || u.role === 'deputy')?.id ?? (users[0]?.id as number);
  const fromYear = monthYear - years;
  let told = 0;
  const made = generateHistory(desk.db, {
    fromYear,
    toYear: monthYear - 1,
    districts,
    clerks: clerks.length ? clerks : [head],
    head,
    timeZone: loadOfficeSettings(desk.db).office.timeZone,
    progress: (done, total) => {
      const percent = Math.floor((done / total) * 10) * 10;
      if (percent > told) log(`demo-data: history ${percent} % (${done} of ${total} visits)`);
      told = Math.max(told, percent);
    },
  });
  return { ...made, scale, years: `${fromYear}–${monthYear - 1}`, districts };
}

function moveFiles(from: string, to: string): void {
  if (!fs.existsSync(from)) return;
  for (const entry of fs.readdirSync(from, { withFileTypes: true })) {
    const source = path.join(from, entry.name);
    const target = path.join(to, entry.name);
    if (entry.isDirectory()) moveFiles(source, target);
    else {
      fs.mkdirSync(to, { recursive: true, mode: 0o700 });
      fs.renameSync(source, target);
    }
  }
}
