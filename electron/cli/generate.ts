// Years of an office's (or a region's) history, fast: the bench (scripts/bench) and
// `desk demo-data --scale office|region` fill a database with it. Unlike the demo month, which
// goes through the handlers as a clerk would, this writes through the functions of electron/db
// directly, in chunks of one transaction each (a million applicants in minutes, not days), and
// only for whole years before the demo month, so the two never share a register number.
//
// What it looks like (a district office of the standard's service, per year): ~2 950 visits
// with a package on working days between 09:00 and 18:00 outside the lunch hour, each through a
// "hand in documents" queue ticket; Kazakh (60 %) and Russian families; a third of the
// applicants are disabled children with a parent or guardian; 8 % of the visits turned away for
// a missing paper (most come back within days); of the accepted, 88 % approved, 7 % refused on a
// §17 ground, 3 % sent back for correction first, 2 % cancelled as entered by mistake; every
// decided file notified (by post or in person) and closed; a written complaint per ~300
// applications, answered. Valid IINs (checksum), never repeated. A fixed seed gives the same data.

import type { DeskRole } from '../../shared/domain/application-states.ts';
import { addDays, isWorkingDay, type OfficeCalendar } from '../../shared/domain/calendar.ts';
import { requiredDocuments } from '../../shared/domain/checklist.ts';
import { complaintTermEnd, journalNumber } from '../../shared/domain/complaint.ts';
import { completeIin } from '../../shared/domain/iin.ts';
import { limitMinutes, ticketNumber } from '../../shared/domain/queue.ts';
import { termEndDate } from '../../shared/domain/term.ts';
import { definitionFor } from '../../shared/standard/service-definition.ts';
import { officeCalendar } from '../calendar/office-calendar.ts';
import { cancelApplication, insertApplication, insertDocuments } from '../db/applications.ts';
import { type AuditStamp, writeAudit } from '../db/audit.ts';
import { insertComplaint, setOutcome } from '../db/complaints.ts';
import { insertLetter, insertStep, type StepMove, setApplicationStatus } from '../db/decisions.ts';
import { insertAttempt, insertConsent } from '../db/intake.ts';
import type { Db } from '../db/open.ts';
import { insertPerson, type PersonFields } from '../db/people.ts';
import { callNextTicket, endService, insertTicket, setWaitSeconds, startService } from '../db/queue.ts';
import { inWriteTransaction } from '../db/transaction.ts';
import { type Lang, NAMES, Picker, random, type Sex } from './demo-names.ts';

/** Visits with a package per office and year (17 districts × 20 years ≈ a million applicants). */
export const VISITS_PER_OFFICE_YEAR = 2_950;

export const SCALES = {
  /** One office, five years. */
  office: { districts: 1, years: 5 },
  /** A region: 17 districts in one file, twenty years. */
  region: { districts: 17, years: 20 },
} as const;
export type Scale = keyof typeof SCALES;

export interface GenerateOptions {
  /** The first and last year of the history (whole years, before the demo month's). */
  fromYear: number;
  toYear: number;
  /** Offices whose visits share the file (1: an office, 17: a region). */
  districts: number;
  visitsPerOfficeYear?: number;
  /** Who works: the clerks accept and pass files on, the head decides. */
  clerks: readonly number[];
  head: number;
  timeZone: string;
  seed?: number;
  /** Visits per transaction. */
  chunk?: number;
  /** Told after each chunk: visits done of all. */
  progress?: (done: number, total: number) => void;
}

export interface GenerateSummary {
  visits: number;
  applicants: number;
  representatives: number;
  applications: number;
  turnedAway: number;
  complaints: number;
  tickets: number;
}

const MORE_SURNAMES: Record<Lang, readonly (readonly [string, string])[]> = {
  kk: [
    ['Байжанов', 'Байжанова'],
    ['Ахметов', 'Ахметова'],
    ['Серікбаев', 'Серікбаева'],
    ['Тұрсынов', 'Тұрсынова'],
    ['Ермеков', 'Ермекова'],
    ['Мұқанов', 'Мұқанова'],
    ['Жақсылықов', 'Жақсылықова'],
    ['Бекмұханбетов', 'Бекмұханбетова'],
    ['Ізбасаров', 'Ізбасарова'],
    ['Үсенов', 'Үсенова'],
    ['Шәкенов', 'Шәкенова'],
    ['Қалиев', 'Қалиева'],
    ['Нұрмағамбетов', 'Нұрмағамбетова'],
    ['Дүйсенов', 'Дүйсенова'],
    ['Әлімжанов', 'Әлімжанова'],
  ],
  ru: [
    ['Соколов', 'Соколова'],
    ['Лебедев', 'Лебедева'],
    ['Морозов', 'Морозова'],
    ['Новиков', 'Новикова'],
    ['Фёдоров', 'Фёдорова'],
    ['Ковальчук', 'Ковальчук'],
    ['Цой', 'Цой'],
    ['Пак', 'Пак'],
    ['Шульц', 'Шульц'],
    ['Васильев', 'Васильева'],
    ['Зайцев', 'Зайцева'],
    ['Павлов', 'Павлова'],
    ['Семёнов', 'Семёнова'],
    ['Голубев', 'Голубева'],
    ['Бойко', 'Бойко'],
  ],
};

class Maker extends Picker {
  private readonly serials = new Map<string, number>();

  /** A valid IIN, never repeated in the run: serials counted per birth date and sex. */
  iin(birth: string, sex: Sex): string {
    const digit = (Number(birth.slice(0, 2)) >= 20 ? 5 : 3) + (sex === 'female' ? 1 : 0);
    const head = `${birth.slice(2, 4)}${birth.slice(5, 7)}${birth.slice(8, 10)}${digit}`;
    for (;;) {
      const serial = this.serials.get(head) ?? 0;
      if (serial > 9_999) throw new Error(`generate: no IIN serial left for ${head}`);
      this.serials.set(head, serial + 1);
      const iin = completeIin(`${head}${String(serial).padStart(4, '0')}`);
      if (iin) return iin;
    }
  }

  /** The person as the people tables keep them: with the birth date and sex the IIN says. */
  personFields(
    lang: Lang,
    sex: Sex,
    birth: string,
    surname: readonly [string, string],
    address: string,
  ): PersonFields {
    return { ...this.person(lang, sex, birth, surname, address), postalAddress: null, birthDate: birth, sex };
  }

  surname(lang: Lang): readonly [string, string] {
    return this.pick([...NAMES[lang].surnames, ...MORE_SURNAMES[lang]]);
  }
}

/**
 * The office's wall-clock time on a day as an ISO instant. The zone's offset is read per day:
 * Kazakhstan moved from UTC+6 to UTC+5 on 1 March 2024.
 */
function instantMaker(timeZone: string): (date: string, seconds: number) => string {
  const f = new Intl.DateTimeFormat('en-GB', { timeZone, timeZoneName: 'longOffset' });
  const offsets = new Map<string, number>();
  return (date, seconds) => {
    const [y, m, d] = date.split('-').map(Number) as [number, number, number];
    const noon = Date.UTC(y, m - 1, d, 12);
    let offset = offsets.get(date);
    if (offset === undefined) {
      const name = f.formatToParts(new Date(noon)).find((p) => p.type === 'timeZoneName')?.value ?? '';
      const o = /GMT([+-])(\d{2}):(\d{2})/.exec(name);
      offset = o ? (o[1] === '-' ? -1 : 1) * (Number(o[2]) * 60 + Number(o[3])) : 0;
      offsets.set(date, offset);
    }
    return new Date(Date.UTC(y, m - 1, d) + (seconds - offset * 60) * 1000).toISOString();
  };
}

/**
 * Seconds after midnight of the k-th of n visits of a day: served between 09:00 and 12:45 or
 * 14:00 and 17:45, so that a visit's quarter of an hour ends before lunch or closing.
 */
function visitSecond(k: number, n: number, rnd: () => number): number {
  const half = 3.75 * 3600;
  const slot = (2 * half) / n;
  const s = Math.floor(slot * k + rnd() * slot * 0.8);
  return 9 * 3600 + (s < half ? s : s - half + 5 * 3600);
}

export function generateHistory(db: Db, o: GenerateOptions): GenerateSummary {
  const rnd = random(o.seed ?? 12);
  const make = new Maker(rnd);
  const perYear = o.visitsPerOfficeYear ?? VISITS_PER_OFFICE_YEAR;
  const years: number[] = [];
  for (let y = o.fromYear; y <= o.toYear; y++) years.push(y);
  const calendar: OfficeCalendar = officeCalendar(db, [...years, o.toYear + 1], [1, 2, 3, 4, 5]);
  const instantOf = instantMaker(o.timeZone);
  const summary: GenerateSummary = {
    visits: 0,
    applicants: 0,
    representatives: 0,
    applications: 0,
    turnedAway: 0,
    complaints: 0,
    tickets: 0,
  };
  const total = years.length * o.districts * perYear;
  const chunk = o.chunk ?? 2_000;

  // The visits in time order: every working day gets its share of each office's year.
  const plan: { day: string; n: number }[] = [];
  for (const year of years) {
    const days: string[] = [];
    for (let d = `${year}-01-01`; d.startsWith(String(year)); d = addDays(d, 1))
      if (isWorkingDay(d, calendar)) days.push(d);
    const visits = perYear * o.districts;
    days.forEach((day, i) => {
      const n = Math.floor(((i + 1) * visits) / days.length) - Math.floor((i * visits) / days.length);
      if (n > 0) plan.push({ day, n });
    });
  }

  let pending: (() => void)[] = [];
  const flush = () => {
    const work = pending;
    pending = [];
    inWriteTransaction(db, () => {
      for (const w of work) w();
    });
    o.progress?.(summary.visits, total);
  };

  for (const { day, n } of plan) {
    const def = definitionFor(day);
    const year = Number(day.slice(0, 4));
    for (let k = 0; k < n; k++) {
      const second = visitSecond(k, n, rnd);
      pending.push(() => visit(day, second, year, def));
      if (pending.length >= chunk) flush();
    }
  }
  if (pending.length) flush();
  return summary;

  function visit(day: string, second: number, year: number, def: ReturnType<typeof definitionFor>): void {
    summary.visits++;
    const clerk = o.clerks[summary.visits % o.clerks.length] as number;
    const at = (s: number) => instantOf(day, s);
    const stamp = (s: number, userId: number): AuditStamp => ({
      at: at(s),
      userId,
      door: 'cli',
      osUser: null,
    });
    // The queue ticket: issued, called within minutes, served.
    const wait = make.int(60, 18 * 60);
    const ticket = insertTicket(db, {
      localDate: day,
      purpose: 'hand_in',
      limitMinutes: limitMinutes(def, 'hand_in'),
      standardVersion: def.version,
      issuedAt: at(second - wait),
      issuedBy: null,
      numberFor: (seq) => ticketNumber('hand_in', seq),
    });
    summary.tickets++;
    callNextTicket(db, { localDate: day, at: at(second), by: clerk });
    setWaitSeconds(db, ticket, wait);
    startService(db, ticket, at(second + 30));

    // Who came.
    const lang: Lang = rnd() < 0.6 ? 'kk' : 'ru';
    const child = rnd() < 0.33;
    const surname = make.surname(lang);
    const address = make.address(lang);
    const applicantSex: Sex = rnd() < 0.5 ? 'male' : 'female';
    const applicant = make.personFields(
      lang,
      applicantSex,
      child ? make.birthDate(year - 17, year - 1) : make.birthDate(year - 85, year - 19),
      surname,
      address,
    );
    const createdAt = at(second + 60);
    const applicantId = insertPerson(db, 'applicants', applicant, createdAt);
    summary.applicants++;
    let representativeId: number | null = null;
    if (child) {
      const repSex: Sex = rnd() < 0.8 ? 'female' : 'male';
      const rep = make.personFields(lang, repSex, make.birthDate(year - 55, year - 22), surname, address);
      representativeId = insertPerson(db, 'representatives', rep, createdAt);
      summary.representatives++;
    }
    const category = child ? 'child' : 'adult';
    const documents = requiredDocuments(def, category).map((d) => ({
      code: d.code,
      originalSeenReturned: true,
      copyReceived: true,
    }));
    const attempt = (outcome: 'accepted' | 'turned_away', missing: string[], s: number) => {
      const consentId = insertConsent(db, { applicantId, representativeId, at: at(s), by: clerk });
      return insertAttempt(db, {
        applicantId,
        representativeId,
        category,
        outcome,
        missing,
        marks: documents,
        queueTicketId: ticket,
        consentId,
        standardVersion: def.version,
        at: at(s),
        localDate: day,
        by: clerk,
      });
    };

    // 8 % turned away for a missing paper; a quarter of them do not come back (in this history).
    if (rnd() < 0.08) {
      const missing = [make.pick(documents).code];
      const id = attempt('turned_away', missing, second + 300);
      writeAudit(db, stamp(second + 300, clerk), {
        action: 'intake.turned_away',
        entity: 'intake_attempt',
        entityId: id,
        after: { outcome: 'turned_away', missing },
      });
      summary.turnedAway++;
      endService(db, ticket, at(second + 360), null);
      if (rnd() < 0.25) return;
    }

    const attemptId = attempt('accepted', [], second + 600);
    const termEnd = termEndDate(day, def.term, calendar);
    const { id } = insertApplication(db, {
      regYear: year,
      applicantId,
      representativeId,
      relation: child ? make.pick(['mother', 'mother', 'mother', 'father', 'guardian']) : null,
      authorityDocument: child ? 'туу туралы куәлік / свидетельство о рождении' : null,
      category,
      standardVersion: def.version,
      acceptedAt: at(second + 600),
      acceptedDate: day,
      termEnd,
      acceptedBy: clerk,
      attemptId,
    });
    insertDocuments(db, id, documents);
    writeAudit(db, stamp(second + 600, clerk), {
      action: 'intake.accept',
      entity: 'application',
      entityId: id,
      after: { applicationId: id, acceptedDate: day, termEnd },
    });
    summary.applications++;
    endService(db, ticket, at(second + 660), id);

    // After the talon (§16, §17).
    let status: 'accepted' | 'under_review' | 'returned' | 'approved' | 'refused' | 'notified' = 'accepted';
    let dayOf = day;
    const next = (days: number) => {
      for (let i = 0; i < days; i++) dayOf = addDays(dayOf, 1);
      while (!isWorkingDay(dayOf, calendar)) dayOf = addDays(dayOf, 1);
      return dayOf;
    };
    const step = (
      move: StepMove,
      to: typeof status | 'closed',
      by: number,
      role: DeskRole,
      extra: Partial<Parameters<typeof insertStep>[1]> = {},
    ) => {
      const on = dayOf;
      const s = 10 * 3600 + make.int(0, 6 * 3600);
      const stepId = insertStep(db, {
        applicationId: id,
        move,
        fromStatus: status,
        toStatus: to,
        at: instantOf(on, s),
        localDate: on,
        byUser: by,
        byRole: role,
        ...extra,
      });
      setApplicationStatus(db, id, to);
      writeAudit(
        db,
        { at: instantOf(on, s), userId: by, door: 'cli', osUser: null },
        {
          action: `decisions.${move}`,
          entity: 'application',
          entityId: id,
          before: { status },
          after: { status: to },
        },
      );
      if (to !== 'closed') status = to;
      return stepId;
    };
    const roll = rnd();
    if (roll < 0.02) {
      const s = second + 1800;
      cancelApplication(db, id, clerk, at(s), 'қате енгізілген / ошибочная запись');
      writeAudit(db, stamp(s, clerk), {
        action: 'applications.cancel',
        entity: 'application',
        entityId: id,
        before: { status },
        after: { status: 'cancelled' },
      });
      return;
    }
    next(1);
    step('start_review', 'under_review', clerk, 'clerk');
    if (roll < 0.05) {
      next(1);
      step('return_for_correction', 'returned', o.head, 'head', { reason: 'мекенжай қате / адрес неверен' });
      next(1);
      step('resubmit', 'under_review', clerk, 'clerk');
    }
    next(make.int(1, 5));
    const refused = roll > 0.93;
    const basis = { basisNumber: `${make.int(1, 900)}-ө`, basisDate: dayOf };
    const decision = refused
      ? step('refuse', 'refused', o.head, 'head', {
          ...basis,
          refusalGround: make.pick(def.refusalGrounds).code,
          explanation: 'құжаттардың дұрыс еместігі анықталды / установлена недостоверность документов',
        })
      : step('approve', 'approved', o.head, 'head', {
          ...basis,
          servicesFrom: next(1),
          socialWorker: `${make.pick(NAMES.kk.female)} ${make.surname('kk')[1]}`,
          serviceUnit: 'Үйде қызмет көрсету бөлімшесі / Отделение на дому',
        });
    next(1);
    const rep = representativeId !== null;
    const letterId = insertLetter(db, {
      addresseePostalAddress: null,
      applicationId: id,
      decisionStepId: decision,
      year: Number(dayOf.slice(0, 4)),
      prefix: '08-',
      letterDate: dayOf,
      addresseeName: `${applicant.lastName} ${applicant.firstName}`,
      addresseeAddress: address,
      addresseeRole: rep ? 'representative' : 'applicant',
      createdAt: instantOf(dayOf, 11 * 3600),
      createdBy: clerk,
    });
    if (rnd() < 0.6) step('send_by_post', 'notified', clerk, 'clerk', { letterId, sentDate: next(1) });
    else
      step('hand_over', 'notified', clerk, 'clerk', {
        letterId,
        receivedBy: rep ? 'representative' : 'applicant',
      });
    next(make.int(1, 10));
    step('close', 'closed', clerk, 'clerk');

    // A written complaint now and then (§21–§23), answered in its term.
    if (rnd() < 1 / 300) {
      const received = next(make.int(1, 20));
      const complaintTerm = def.complaints.reviewTerm;
      const { id: complaintId } = insertComplaint(
        db,
        {
          journalYear: Number(received.slice(0, 4)),
          complainantPostalAddress: null,
          receivedAt: instantOf(received, 10 * 3600),
          receivedDate: received,
          channel: make.pick(['post', 'email', 'courier'] as const),
          addressee: make.pick(['head', 'deputy'] as const),
          complainantName: `${applicant.lastName} ${applicant.firstName}`,
          complainantIin: applicant.iin,
          complainantAddress: address,
          complainantEmail: null,
          complainantPhone: applicant.phone,
          language: lang,
          applicationId: id,
          employee: null,
          summary: 'Кезекте ұзақ күттім / Долго ждал в очереди',
          termLength: complaintTerm.length,
          termUnit: complaintTerm.unit,
          termEnd: complaintTermEnd(received, complaintTerm, calendar),
          standardVersion: def.version,
          registeredAt: instantOf(received, 10 * 3600 + 600),
          registeredBy: clerk,
        },
        journalNumber,
      );
      const answered = next(make.int(3, 12));
      const justified = rnd() < 0.3;
      setOutcome(db, complaintId, {
        justified,
        satisfied: justified ? true : null,
        actionTaken: justified ? 'Кезек тәртібі түсіндірілді / Разъяснён порядок очереди' : null,
        answerText: 'Шағым қаралды / Жалоба рассмотрена',
        answerDate: answered,
        answerChannel: 'post',
        outgoingNumber: null,
        at: instantOf(answered, 15 * 3600),
        by: o.head,
      });
      writeAudit(db, stamp(second, clerk), {
        action: 'complaints.register',
        entity: 'complaint',
        entityId: complaintId,
        after: { receivedDate: received },
      });
      summary.complaints++;
    }
  }
}
