// Every channel of the contract, called as an attacker would (issue 9: 14 400 hostile inputs over
// all channels found a frozen desk, `internal` answers and raw SQLite messages). For each channel,
// inputs are drawn from its own input schema (as JSON Schema, what the command line publishes)
// with hostile values mixed in at every field — control and bidi characters, lone surrogates,
// huge strings, dates far out of range, numbers out of range, wrong types, extra fields — and:
//   - no call answers `internal` (a crash), nor takes more than 2 s (a loop over days);
//   - a refused call writes nothing: the audit log and every table keep their row counts;
//   - every refusal reads as sentences in Kazakh and in Russian (renderer/src/i18n/errors.ts).
// Seeded, so a failure is the same at every run; fast-check shrinks it to the smallest input.

import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { describeError } from '../../renderer/src/i18n/errors.ts';
import { createI18n } from '../../renderer/src/i18n/index.ts';
import { type AppError, type ChannelName, channelNames, channels } from '../../shared/contract/index.ts';
import { OFFICE_YEARS } from '../../shared/domain/calendar.ts';
import { printableProblem } from '../../shared/domain/printable.ts';
import { emailComplaint } from '../../tests/support/complaints.ts';
import { openTestDesk, type TestDesk } from '../../tests/support/context.ts';
import { hireStaff } from '../../tests/support/decisions.ts';
import { ADULT, adultIntake, CHILD, childIntake, fullMarks, MOTHER } from '../../tests/support/people.ts';

const SEED = 20261201;
const RUNS_PER_CHANNEL = 30;
/** No call may take longer: a loop over days that does not end is caught here. */
const MAX_CALL_MS = 2_000;

const PDF_BASE64 = Buffer.from('%PDF-1.4\n% letter\n').toString('base64');

let desk: TestDesk;
let headId: number;
const i18n = { kk: createI18n('kk'), ru: createI18n('ru') };

beforeAll(async () => {
  desk = await openTestDesk();
  const staff = await hireStaff(desk);
  // Records for the ids the inputs name, so handlers run past "not found" too.
  await desk.ok('intake.accept', adultIntake());
  const complaint = await desk.ok('complaints.register', emailComplaint());
  await desk.ok('complaints.attach', {
    complaintId: complaint.id,
    fileName: 'letter.pdf',
    mimeType: 'application/pdf',
    contentBase64: PDF_BASE64,
  });
  await desk.ok('queue.issue', { purpose: 'hand_in' });
  // The head may call every channel but the administrator's: the most handlers run.
  headId = staff.head.id;
});
afterAll(() => desk.close());

// --- hostile values -------------------------------------------------------------------------

const HOSTILE_STRINGS = [
  '',
  '   ',
  '\u0000',
  'Қасымова\u0000Гүлнәр',
  'a\u0007b',
  '\u001b[2J\u001b[31mҚасымова',
  'Қасымова\u0085',
  '\u202eавомысаҚ',
  'Қасы\u2066мова\u2069',
  '\u200fAli',
  'Қасымова\ud800',
  '\udfffx',
  '\ufeffҚасымова',
  'line\u2028break',
  'two\nlines',
  "'; DROP TABLE applications; --",
  '../../../../etc/passwd',
  '{{detail}} %s %n',
  '__proto__',
  'Қ'.repeat(5_000),
  'A'.repeat(200_000),
];
const HOSTILE_DATES = [
  '0001-01-01',
  '0000-00-00',
  '1880-01-01',
  '1999-12-31',
  '2101-01-01',
  '9999-12-10',
  '9999-12-31',
  '+010000-01-01',
  '2026-02-30',
  '2026-13-01',
  '2026-11-25T00:00:00Z',
  '',
  20261125,
];
const HOSTILE_NUMBERS = [
  0,
  -1,
  -0,
  1.5,
  2 ** 53,
  -(2 ** 53),
  Number.MAX_VALUE,
  Number.NaN,
  Infinity,
  -Infinity,
];
const WRONG_TYPES = [null, true, 'x', 42, [], {}, [1, 2, 3], { $gt: '' }];

const hostileString = fc.oneof(
  fc.constantFrom(...HOSTILE_STRINGS),
  fc.string({ unit: 'binary', maxLength: 40 }),
);
const anyHostile = fc.oneof(
  hostileString,
  fc.constantFrom(...HOSTILE_DATES),
  fc.constantFrom(...HOSTILE_NUMBERS),
  fc.constantFrom(...WRONG_TYPES),
);

// --- values a clerk would type, by field -----------------------------------------------------

const VALID_DATES = ['2026-11-25', '2026-11-24', '2026-11-02', '2026-12-01', '2000-01-01', '2100-12-31'];

function ordinaryString(name: string, schema: JsonSchema): fc.Arbitrary<unknown> {
  if (schema.format === 'date') return fc.constantFrom(...VALID_DATES);
  if (schema.format === 'email') return fc.constantFrom('gulnar@example.kz', 'a.b@mail.kz');
  if (schema.contentEncoding === 'base64' || schema.format === 'base64') return fc.constant(PDF_BASE64);
  if (/iin$/i.test(name)) return fc.constantFrom(ADULT.iin, CHILD.iin, MOTHER.iin);
  if (/phone$/i.test(name)) return fc.constantFrom('+7 701 555 12 34', '87015551234');
  if (name === 'time') return fc.constantFrom('10:00', '09:30', '17:59');
  if (name === 'code') return fc.constantFrom(...fullMarks('adult').map((m) => m.code));
  if (name === 'mimeType') return fc.constantFrom('application/pdf', '');
  if (name === 'fileName') return fc.constantFrom('letter.pdf', 'хат.pdf');
  if (name === 'timeZone') return fc.constant('Asia/Almaty');
  if (name === 'login') return fc.constantFrom('clerk2', 'b.seitkali');
  const max = schema.maxLength ?? 200;
  return fc
    .constantFrom('Қасымова Гүлнәр', 'Пресновка ауылы, Достық көшесі, 12', 'Иванов', 'x')
    .map((s) => s.slice(0, max));
}

interface JsonSchema {
  type?: string | string[];
  enum?: unknown[];
  const?: unknown;
  format?: string;
  contentEncoding?: string;
  pattern?: string;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  maxItems?: number;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  additionalProperties?: boolean | JsonSchema;
  items?: JsonSchema;
  anyOf?: JsonSchema[];
  default?: unknown;
}

/** An ordinary value for the schema, each leaf sometimes replaced by a hostile one. */
function hostileValueOf(schema: JsonSchema, name = ''): fc.Arbitrary<unknown> {
  const ordinary = ordinaryOf(schema, name);
  return fc.oneof({ arbitrary: ordinary, weight: 3 }, { arbitrary: hostileFor(schema), weight: 1 });
}

function hostileFor(schema: JsonSchema): fc.Arbitrary<unknown> {
  const types = [schema.type ?? []].flat();
  if (schema.format === 'date') return fc.constantFrom(...HOSTILE_DATES);
  if (types.includes('string')) return hostileString;
  if (types.includes('integer') || types.includes('number')) return fc.constantFrom(...HOSTILE_NUMBERS);
  return anyHostile;
}

function ordinaryOf(schema: JsonSchema, name: string): fc.Arbitrary<unknown> {
  if (schema.anyOf) return fc.oneof(...schema.anyOf.map((s) => hostileValueOf(s, name)));
  if (schema.enum) return fc.constantFrom(...schema.enum);
  if (schema.const !== undefined) return fc.constant(schema.const);
  const types = [schema.type ?? 'object'].flat();
  const pick = types.length > 1 ? types : [types[0]];
  return fc.oneof(
    ...pick.map((t): fc.Arbitrary<unknown> => {
      switch (t) {
        case 'null':
          return fc.constant(null);
        case 'boolean':
          return fc.boolean();
        case 'integer':
        case 'number': {
          const min = schema.minimum ?? (schema.exclusiveMinimum ?? 0) + 1;
          const max = Math.min(schema.maximum ?? 5, min + 5);
          return fc.integer({ min, max });
        }
        case 'string':
          return ordinaryString(name, schema);
        case 'array':
          return fc.array(hostileValueOf(schema.items ?? {}, name), {
            maxLength: Math.min(schema.maxItems ?? 3, 3),
          });
        default:
          return objectOf(schema);
      }
    }),
  );
}

function objectOf(schema: JsonSchema): fc.Arbitrary<unknown> {
  const props = schema.properties ?? {};
  const record = fc.record(
    Object.fromEntries(Object.entries(props).map(([k, s]) => [k, hostileValueOf(s, k)])),
    {
      requiredKeys: (schema.required ?? []).filter((k) => k in props),
    },
  );
  // Now and then a field the contract does not name, or the whole value of the wrong type.
  return fc.oneof(
    { arbitrary: record, weight: 8 },
    {
      arbitrary: fc
        .tuple(record, fc.constantFrom('extra', '__proto__', 'constructor', 'userId'))
        .map(([r, k]) => ({ ...(r as object), [k]: 1 })),
      weight: 1,
    },
    { arbitrary: fc.constantFrom(...WRONG_TYPES), weight: 1 },
  );
}

/**
 * Inputs the desk accepts, for the channels that keep or print what is typed: one leaf of one of
 * them replaced by a hostile value, so a value the contract should refuse cannot hide behind
 * another field's mistake.
 */
const EXAMPLES: Partial<Record<ChannelName, () => unknown[]>> = {
  'intake.accept': () => [adultIntake(), childIntake()],
  'intake.turnAway': () => [adultIntake({ documents: [] })],
  'intake.printConsentForm': () => [{ category: 'adult', applicant: ADULT }],
  'complaints.register': () => [
    emailComplaint(),
    emailComplaint({ received: { date: '2026-11-20', time: '10:00' } }),
  ],
  'complaints.recordOutcome': () => [
    {
      id: 1,
      justified: false,
      answerText: 'Шағым негізсіз.',
      answerChannel: 'email',
      answerDate: '2026-11-25',
    },
  ],
  'complaints.noteCourt': () => [{ id: 1, courtDate: '2026-11-25', courtNote: 'Сотқа берілді' }],
  'complaints.termEnd': () => [{ received: '2026-11-25' }],
  'complaints.indicators': () => [{ from: '2026-11-01', to: '2026-11-30' }],
  'calendar.setCorrection': () => [{ date: '2026-12-18', kind: 'day_off', note: 'ҚР Үкіметінің қаулысы' }],
  'calendar.termEnd': () => [{ accepted: '2026-11-25' }],
  'decisions.startReview': () => [
    { applicationId: 1, note: 'Тексеруге', basisNumber: '12', basisDate: '2026-11-25' },
  ],
  'decisions.postDay': () => [{ date: '2026-11-25' }],
  'queue.stats': () => [{ from: '2026-11-01', to: '2026-11-30' }],
  'queue.cancel': () => [{ ticketId: 1, reason: 'Қате берілді' }],
  'applications.search': () => [{ query: 'Қасымова' }],
  'complaints.journal': () => [{ query: 'Қасымова', from: '2026-11-01' }],
};

/** Every leaf of a value with its path. */
function leavesOf(value: unknown, at: (string | number)[] = []): (string | number)[][] {
  if (typeof value !== 'object' || value === null) return [at];
  const entries = Object.entries(value);
  return entries.length
    ? entries.flatMap(([k, v]) => leavesOf(v, [...at, Array.isArray(value) ? Number(k) : k]))
    : [at];
}

function withLeaf(value: unknown, at: (string | number)[], leaf: unknown): unknown {
  if (at.length === 0) return leaf;
  const [head, ...rest] = at as [string | number, ...(string | number)[]];
  const copy = (Array.isArray(value) ? [...value] : { ...(value as object) }) as Record<
    string | number,
    unknown
  >;
  copy[head] = withLeaf(copy[head], rest, leaf);
  return copy;
}

/** One accepted input with exactly one leaf made hostile (of the leaf's own kind). */
function oneHostileLeaf(examples: unknown[]): fc.Arbitrary<unknown> {
  return fc
    .tuple(fc.constantFrom(...examples), fc.nat(), fc.nat(), hostileString, fc.constantFrom(...HOSTILE_DATES))
    .map(([example, i, j, text, date]) => {
      const leaves = leavesOf(example);
      const at = leaves[i % leaves.length] ?? [];
      const old = at.reduce<unknown>((o, k) => (o as Record<string | number, unknown>)[k], example);
      const hostile =
        typeof old === 'string' && /^\d{4}-\d\d-\d\d$/.test(old)
          ? date
          : typeof old === 'string'
            ? text
            : [...HOSTILE_NUMBERS, ...WRONG_TYPES][j % (HOSTILE_NUMBERS.length + WRONG_TYPES.length)];
      return withLeaf(example, at, hostile);
    });
}

const inputSchemaOf = (c: ChannelName) =>
  z.toJSONSchema(channels[c].input, { io: 'input', unrepresentable: 'any' }) as JsonSchema;

// --- the checks -------------------------------------------------------------------------------

/** Every string anywhere in a value. */
function stringsIn(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (typeof value !== 'object' || value === null) return [];
  return Object.values(value).flatMap(stringsIn);
}

const officeYear = (date: string) => {
  const year = Number(date.slice(0, 4));
  return date.length === 10 && year >= OFFICE_YEARS.first && year <= OFFICE_YEARS.last;
};

/** The row count of every table, the audit log among them. */
function tableCounts(): Record<string, number> {
  const db = desk.ctx.db;
  const tables = db
    .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
    .pluck()
    .all() as string[];
  return Object.fromEntries(
    tables.map((t) => [t, db.prepare(`SELECT count(*) FROM "${t}"`).pluck().get() as number]),
  );
}

/** Every refusal, in both languages, as the clerk reads it: sentences, no key, no placeholder. */
function expectTranslated(error: AppError): void {
  for (const lang of ['kk', 'ru'] as const) {
    const placed = describeError(i18n[lang], error);
    expect(placed.length, `${error.code} (${lang})`).toBeGreaterThan(0);
    for (const p of placed) {
      expect(p.text, `${error.code} (${lang})`).toBeTruthy();
      expect(p.text, `${error.code} (${lang})`).not.toMatch(/^(errors|issues|fields)\.|\{\{|undefined/);
    }
  }
}

describe('every channel of the contract, called with hostile values', () => {
  it('covers every channel the contract has', () => {
    expect(channelNames.length).toBeGreaterThanOrEqual(72);
  });

  it.each(channelNames)(
    '%s: no crash, no write on a refusal, a translated message, a bounded time',
    async (channel) => {
      const fromSchema = hostileValueOf(inputSchemaOf(channel));
      const examples = EXAMPLES[channel]?.();
      const arbitrary = examples ? fc.oneof(fromSchema, oneHostileLeaf(examples)) : fromSchema;
      await fc.assert(
        fc.asyncProperty(arbitrary, async (input) => {
          // Each call from the same signed-in head: a hostile sign-in or sign-out does not carry over.
          desk.ctx.session.userId = headId;
          const before = tableCounts();
          const started = performance.now();
          const r = await desk.call(channel, input as never);
          const took = performance.now() - started;
          expect(took, `${channel} took ${Math.round(took)} ms`).toBeLessThan(MAX_CALL_MS);
          // A value that would not print as typed, or a date outside the office years, is never kept.
          const unprintable = stringsIn(input).find((v) => printableProblem(v, true) !== null);
          expect(r.ok && unprintable, `${channel} accepted ${JSON.stringify(unprintable)}`).toBeFalsy();
          const farDate = stringsIn(input).find((v) => /^[+-]?\d{4,6}-\d\d-\d\d$/.test(v) && !officeYear(v));
          expect(r.ok && farDate, `${channel} accepted the date ${farDate}`).toBeFalsy();
          if (r.ok) return;
          expect(r.error.code, JSON.stringify(r.error)).not.toBe('internal');
          // A refused password is the one refusal that is written down (§18: wrong passwords are
          // logged and slow the next attempts): one audit row, and the login's failure count.
          const after = tableCounts();
          if (r.error.code === 'sign_in_failed' || r.error.code === 'sign_in_delayed') {
            expect(after.audit_log, `${channel} logged the refused password`).toBe(
              (before.audit_log ?? 0) + 1,
            );
            for (const t of ['audit_log', 'sign_in_failures'] as const) {
              delete after[t];
              delete before[t];
            }
          }
          expect(after, `${channel} wrote on a refusal`).toEqual(before);
          expectTranslated(r.error);
        }),
        { numRuns: RUNS_PER_CHANNEL, seed: SEED, endOnFailure: true },
      );
    },
  );
});
