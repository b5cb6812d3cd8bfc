// The district roll-up: three offices' JSON exports summed by hand here, and each refusal —
// another period, an unknown edition, a number changed after the export, no signature, the same
// file twice, a file that is no report.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDesk, type TestDesk } from '../../tests/support/context.ts';
import { hireStaff, type Staff, signInAs } from '../../tests/support/decisions.ts';
import { pdfText } from '../../tests/support/poppler.ts';
import { contentSha256 } from './export.ts';

let desk: TestDesk;
let staff: Staff;
/** A real export of November (an empty month) and of October, as the offices send them. */
let november: Record<string, unknown> & { rows: Row[] };
let october: string;

interface Row {
  code: string;
  numerator: number;
  denominator: number;
  value: number | null;
  noData: string | null;
}

const decode = (f: { contentBase64: string }) => Buffer.from(f.contentBase64, 'base64').toString('utf8');

beforeAll(async () => {
  desk = await openTestDesk({ now: '2026-12-02T05:00:00.000Z' });
  staff = await hireStaff(desk);
  await signInAs(desk, staff.head);
  november = JSON.parse(decode(await desk.ok('report.export', { period: '2026-11', format: 'json' })));
  october = decode(await desk.ok('report.export', { period: '2026-10', format: 'json' }));
}, 60_000);
afterAll(() => desk.close());

/** Sealed as the export seals it: the sha256 of the canonical content. */
function sealed(content: Record<string, unknown>): string {
  const { signature: _s, ...rest } = content;
  return JSON.stringify(
    { ...rest, signature: { algorithm: 'sha256', sha256: contentSha256(rest) } },
    null,
    2,
  );
}

/** One office's November: its name and, per code, numerator/denominator. */
function office(name: string, numbers: Record<string, [number, number]>): Record<string, unknown> {
  return {
    ...november,
    office: { name: { kk: name, ru: name } },
    rows: november.rows.map((r) => {
      const n = numbers[r.code];
      if (!n) return r;
      const [numerator, denominator] = n;
      const value = denominator === 0 ? null : Math.round((numerator / denominator) * 10_000) / 100;
      return { ...r, numerator, denominator, value, noData: value === null ? r.noData : null };
    }),
  };
}

const A = () => office('Аққайың', { '1.1': [2, 4], '2.1': [1, 1], '4.1': [1, 50] });
const B = () => office('Есіл', { '1.1': [9, 10], '2.1': [30, 40], '4.1': [0, 200] });
const C = () => office('Тайынша', { '1.1': [0, 0], '2.1': [3, 9] });
const files = () => [
  { name: 'akkayin.json', text: sealed(A()) },
  { name: 'esil.json', text: sealed(B()) },
  { name: 'taiynsha.json', text: sealed(C()) },
];

type MergedJson = { office: { name: { ru: string } }; period: { label: string }; rows: Row[] };

describe('the district roll-up', () => {
  it('sums the numerators and denominators of three offices, never their percentages', async () => {
    const f = await desk.ok('report.merge', { files: files(), format: 'json' });
    expect(f.fileName).toBe('roll-up-2026-11.json');
    const j = JSON.parse(decode(f)) as MergedJson;
    expect(j.period.label).toBe('2026-11');
    const row = (code: string) => j.rows.find((r) => r.code === code);
    // 1.1: 2 + 9 + 0 of 4 + 10 + 0 = 11 of 14 = 78.57 % (the average of 50 %, 90 % would be 70 %).
    expect(row('1.1')).toMatchObject({ numerator: 11, denominator: 14, value: 78.57, noData: null });
    // 2.1: 1 + 30 + 3 of 1 + 40 + 9 = 34 of 50 = 68 % (the average of 100, 75, 33.33 would be 69.44).
    expect(row('2.1')).toMatchObject({ numerator: 34, denominator: 50, value: 68 });
    // 4.1: 1 of 250 = 0.4 % (C had no data: it adds nothing).
    expect(row('4.1')).toMatchObject({ numerator: 1, denominator: 250, value: 0.4 });
    // A row no office has data for stays "no data" with its reason, not 0 %.
    expect(row('3.3')).toMatchObject({ numerator: 0, denominator: 0, value: null, noData: 'not_entered' });
    expect(j.office.name.ru).toBe('Сводный отчёт района (3 отд.)');
  });

  it('seals its own JSON, so a roll-up of districts can be rolled up again', async () => {
    const first = decode(await desk.ok('report.merge', { files: files(), format: 'json' }));
    const again = await desk.ok('report.merge', {
      files: [
        { name: 'district.json', text: first },
        { name: 'other.json', text: sealed(office('Мағжан', { '1.1': [1, 1] })) },
      ],
      format: 'json',
    });
    const row = (JSON.parse(decode(again)) as MergedJson).rows.find((r) => r.code === '1.1');
    expect(row).toMatchObject({ numerator: 12, denominator: 15 });
  });

  it('prints the roll-up on A4 with the summed numbers', async () => {
    const f = await desk.ok('report.merge', { files: files(), format: 'pdf', lang: 'ru' });
    const text = pdfText(Buffer.from(f.contentBase64, 'base64')).replace(/\s+/g, ' ');
    expect(text).toContain('78.57 (11 из 14)');
    expect(text).toContain('68 (34 из 50)');
  });

  it('merges the files exactly as the desk exported them', async () => {
    const r = await desk.ok('report.merge', {
      files: [
        { name: 'a.json', text: JSON.stringify(november) },
        { name: 'b.json', text: sealed(B()) },
      ],
      format: 'json',
    });
    expect((JSON.parse(decode(r)) as MergedJson).rows.find((x) => x.code === '1.1')).toMatchObject({
      numerator: 9,
      denominator: 10,
    });
  });
});

describe('the roll-up refuses', () => {
  const refusal = async (bad: { name: string; text: string }) => {
    const r = await desk.call('report.merge', { files: [...files(), bad], format: 'json' });
    if (r.ok) throw new Error('merged');
    return r.error;
  };

  it('a file for another period than the others', async () => {
    expect(await refusal({ name: 'october.json', text: october })).toEqual({
      code: 'report_merge_refused',
      params: { file: 'october.json', reason: 'other_period', detail: '2026-10 ≠ 2026-11' },
    });
  });

  it('a file from an edition of the standard the program does not know', async () => {
    const error = await refusal({ name: 'future.json', text: sealed({ ...B(), editions: ['2031-01-01'] }) });
    expect(error.params).toMatchObject({
      file: 'future.json',
      reason: 'unknown_edition',
      detail: '2031-01-01',
    });
  });

  it('a file changed after its export: one numerator edited', async () => {
    const text = sealed(B()).replace('"numerator": 9,', '"numerator": 10,');
    expect(text).not.toBe(sealed(B()));
    expect((await refusal({ name: 'esil-edited.json', text })).params).toMatchObject({
      file: 'esil-edited.json',
      reason: 'altered',
    });
  });

  it('a file without its signature block, the same file twice, and a file that is no report', async () => {
    const { signature: _s, ...unsigned } = november;
    expect((await refusal({ name: 'old.json', text: JSON.stringify(unsigned) })).params?.reason).toBe(
      'not_signed',
    );
    expect((await refusal({ name: 'esil-copy.json', text: sealed(B()) })).params).toMatchObject({
      reason: 'same_file_twice',
      detail: 'esil.json',
    });
    expect((await refusal({ name: 'notes.json', text: '{"hello": 1}' })).params?.reason).toBe('not_a_report');
    expect((await refusal({ name: 'broken.json', text: '{' })).params?.reason).toBe('not_a_report');
  });

  it('a clerk: the roll-up is the head’s', async () => {
    await signInAs(desk, staff.clerk);
    const r = await desk.call('report.merge', { files: files(), format: 'json' });
    expect(r.ok ? null : r.error.code).toBe('forbidden');
    await signInAs(desk, staff.head);
  });
});
