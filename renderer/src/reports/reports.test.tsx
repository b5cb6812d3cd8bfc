// The report place on screen: the appendix table as the main side answers it (34 of 38, met or
// not in words, "no data" with its reason, 1.2's two readings), the period opened by default and
// picked by hand, a number clicked through to its records and on to the application, the
// exports, the chart, and what only the head and the deputy see.

import { screen, within } from '@testing-library/react';
import type { User } from '../../../shared/contract/common.ts';
import type { IndicatorRowOut, Report } from '../../../shared/contract/report.ts';
import { DomainError } from '../../../shared/contract/result.ts';
import { OFFICE_DEFAULTS } from '../../../shared/standard/office-defaults.ts';
import { definitionFor } from '../../../shared/standard/service-definition.ts';
import { atWork, renderDesk } from '../test/render.tsx';

const HEAD: User = { id: 2, login: 'b.seitkali', fullName: 'Болат Сейтқали', role: 'head', language: 'ru' };

const DEF = definitionFor('2026-11-30');

function row(code: string, over: Partial<IndicatorRowOut> = {}): IndicatorRowOut {
  const ind = DEF.indicators.find((i) => i.code === code);
  if (!ind) throw new Error(code);
  return {
    code,
    text: ind.text,
    formula: ind.formula,
    better: ind.better,
    source: ind.source,
    numerator: 0,
    denominator: 0,
    value: null,
    noData: 'no_survey_answers',
    records: [],
    normative: ind.norm,
    target: ind.norm,
    targetYear: 2026,
    met: null,
    frozen: null,
    ...over,
  };
}

const late = (ref: string, date: string) => ({ ref, date, counted: false, note: 'not notified' });
const inTerm = (n: number) => ({ ref: `2026-00${10 + n}`, date: '2026-11-12', counted: true });

function november(over: Partial<Report> = {}): Report {
  return {
    office: { name: OFFICE_DEFAULTS.office.name },
    period: { from: '2026-11-01', to: '2026-11-30', kind: 'month', label: '2026-11' },
    editions: ['2008-01-25'],
    generatedAt: '2026-12-02T05:00:00.000Z',
    rows: [
      row('1.1', {
        numerator: 3,
        denominator: 5,
        value: 60,
        noData: null,
        met: false,
        records: [
          inTerm(1),
          inTerm(2),
          inTerm(3),
          late('2026-0014', '2026-11-16'),
          late('2026-0023', '2026-11-23'),
        ],
      }),
      row('1.2', {
        numerator: 66,
        denominator: 68,
        value: 97.06,
        noData: null,
        met: true,
        board: { numerator: 67, denominator: 68, value: 98.53 },
      }),
      row('2.1'),
      row('3.3', { noData: 'not_entered' }),
      row('4.1', {
        numerator: 1,
        denominator: 49,
        value: 2.04,
        noData: null,
        met: false,
        records: [{ ref: '2026/003', date: '2026-11-10', counted: true }],
      }),
    ],
    volumes: {
      visitors: { hand_in: 58, collect: 10 },
      accepted: 49,
      turnedAway: { visits: 7, missing: [{ code: 'residence', count: 4 }] },
      decided: { approved: 34, refused: 4, grounds: [{ code: 'unreliable_documents', count: 2 }] },
      overdue: 4,
      letters: { posted: 29, handedOver: 9 },
      complaints: { received: 4, answered: 2, overdue: 1 },
    },
    sent: null,
    ...over,
  };
}

const trend = () => ({
  months: ['2025-12', ...Array.from({ length: 11 }, (_, i) => `2026-${String(i + 1).padStart(2, '0')}`)].map(
    (label, i) => ({
      label,
      rows: [{ code: '1.1', numerator: i, denominator: 10, value: i === 3 ? null : i * 10 }],
    }),
  ),
});

function reportDesk(user?: User, report: (input: unknown) => Report = () => november()) {
  return renderDesk(
    {
      ...(user ? { 'session.current': () => atWork(user), 'session.users': () => [user] } : {}),
      'report.build': (input) => report(input),
      'report.trend': () => trend(),
      'report.export': ({ format }) => ({
        fileName: `report-2026-11.${format}`,
        mimeType: 'application/octet-stream',
        sha256: 'ab',
        contentBase64: 'QQ==',
      }),
      'report.merge': ({ files, format }) => {
        // As the main side names the file it refuses (another period, altered, unsigned…).
        const odd = files.find((f) => f.text.includes('2026-10'));
        if (odd)
          throw new DomainError('report_merge_refused', {
            file: odd.name,
            reason: 'period',
            detail: '2026-10',
          });
        return {
          fileName: `region-2026-11.${format}`,
          mimeType: 'application/octet-stream',
          sha256: 'ef',
          contentBase64: 'QQ==',
        };
      },
      'report.send': ({ format }) => ({
        fileName: `report-2026-11.${format}`,
        mimeType: 'application/pdf',
        sha256: 'cd',
        contentBase64: 'QQ==',
        sentId: 1,
      }),
      'report.targets': ({ year }) => ({
        year,
        indicators: DEF.indicators.map((i) => ({
          code: i.code,
          text: i.text,
          better: i.better,
          normative: i.norm,
          target: i.norm,
          setBy: 'standard' as const,
        })),
      }),
      'applications.search': ({ query }) => ({
        rows: [
          {
            id: 14,
            regNumber: query ?? '',
            category: 'adult' as const,
            applicantName: 'Сейітов Ерлан',
            applicantIin: '600310300101',
            representativeName: null,
            status: 'notified',
            acceptedAt: '2026-11-02T05:00:00.000Z',
            termEnd: '2026-11-16',
            daysLeft: -16,
            termState: 'overdue' as const,
          },
        ],
        total: 1,
        capped: false,
      }),
      'complaints.journal': ({ query }) => ({
        rows: [
          {
            id: 3,
            journalNumber: query ?? '',
            receivedAt: '2026-11-03T05:00:00.000Z',
            receivedDate: '2026-11-03',
            channel: 'email' as const,
            addressee: 'head' as const,
            complainantName: 'Сейітов Ерлан',
            summary: 'Кезекте ұзақ күттім',
            termEnd: '2026-11-24',
            daysLeft: -8,
            state: 'sent' as const,
            justified: true,
            satisfied: true,
            answerDate: '2026-11-10',
            answerChannel: 'email' as const,
            answeredLate: false,
            sentDate: '2026-11-10',
            courtDate: null,
          },
        ],
        total: 1,
      }),
      'complaints.get': () => {
        throw new DomainError('not_found');
      },
      'applications.get': () => {
        throw new DomainError('not_found');
      },
    },
    { lang: user?.language ?? 'kk' },
  );
}

async function openReports(d: ReturnType<typeof renderDesk>, name = 'Есептер') {
  await d.user.click(await screen.findByRole('button', { name }));
  return screen.findByRole('table', { name: name === 'Есептер' ? 'Көрсеткіштер' : 'Показатели' });
}

const rowOf = (table: HTMLElement, code: string) => {
  const r = within(table)
    .getAllByRole('row')
    .find((tr) => tr.getAttribute('data-code') === code);
  if (!r) throw new Error(`no row ${code}`);
  return r;
};

describe('the report place', () => {
  it('opens on last month before the 10th: the office’s today comes from the main side', async () => {
    const d = reportDesk(undefined, (input) =>
      november(
        (input as { period?: string }).period
          ? {}
          : { period: { from: '2026-12-01', to: '2026-12-31', kind: 'month', label: '2026-12' } },
      ),
    );
    await openReports(d);
    expect(d.inputsOf('report.build')).toEqual([{}, { period: '2026-11' }]);
    expect(d.inputsOf('report.trend')).toEqual([{ to: '2026-11' }]);
    expect(screen.getByText('Кезең: 01.11.2026 – 30.11.2026')).toBeInTheDocument();
    expect(screen.getByLabelText('Айы')).toHaveValue('11');
  });

  it('shows each indicator with its numbers, value, normative, target and met or not in words', async () => {
    const d = reportDesk();
    const table = await openReports(d);
    const r11 = rowOf(table, '1.1');
    expect(r11).toHaveTextContent('3 ішінен 5');
    expect(r11).toHaveTextContent('60 %');
    expect(r11).toHaveTextContent('≥ 98');
    expect(r11).toHaveTextContent('✗ орындалмады');
    expect(r11).toHaveTextContent(DEF.indicators[0]?.formula.kk ?? '?');
    expect(rowOf(table, '1.2')).toHaveTextContent('✓ орындалды');
    // 4.1 is a ceiling.
    expect(rowOf(table, '4.1')).toHaveTextContent('≤ 0,4');
  });

  it('says "no data" and why, never 0 %, for every row without data', async () => {
    const d = reportDesk();
    const table = await openReports(d);
    expect(rowOf(table, '2.1')).toHaveTextContent('деректер жоқКезеңге сауалнама жауаптары жоқ');
    expect(rowOf(table, '3.3')).toHaveTextContent('Бөлім бастығы бұл кезеңге әлі енгізбеген');
    expect(rowOf(table, '2.1')).not.toHaveTextContent('0 %');
    expect(rowOf(table, '2.1')).not.toHaveTextContent('0 ішінен 0');
    expect(rowOf(table, '2.1')).toHaveTextContent('— деректер жоқ');
  });

  it('shows 1.2 in both readings, each labelled', async () => {
    const d = reportDesk(undefined, () => november());
    await d.user.click(await screen.findByRole('button', { name: 'РУС' }));
    const table = await openReports(d, 'Отчёты');
    const r12 = rowOf(table, '1.2');
    expect(r12).toHaveTextContent('По приложению: вызов − выдача талона, реальные минуты');
    expect(r12).toHaveTextContent('97,06 %');
    expect(r12).toHaveTextContent('По табло очереди (без обеденного перерыва): 67 / 68, 98,53 %');
  });

  it('clicks from 1.1’s number through to the late applications and on to one of them', async () => {
    const d = reportDesk();
    const table = await openReports(d);
    await d.user.click(within(rowOf(table, '1.1')).getByRole('button', { name: '1.1, есепке алынбаған: 2' }));
    const records = await screen.findByRole('table', { name: '1.1 — сандардың артындағы жазбалар' });
    const lines = within(records).getAllByRole('row').slice(1);
    expect(lines.map((l) => l.textContent)).toEqual([
      '12026-001416.11.2026✗ жоқхабарланбаған',
      '22026-002323.11.2026✗ жоқхабарланбаған',
    ]);
    await d.user.click(screen.getByRole('radio', { name: 'барлығы (5)' }));
    expect(within(records).getAllByRole('row')).toHaveLength(6);
    await d.user.click(screen.getByRole('radio', { name: 'есепке алынбағаны (2)' }));
    await d.user.click(within(records).getByRole('button', { name: '2026-0014' }));
    expect(d.inputsOf('applications.search')).toContainEqual({ query: '2026-0014' });
    expect(d.inputsOf('applications.get')).toEqual([{ id: 14 }]);
    expect(screen.getByRole('button', { name: 'Өтініштер' })).toHaveAttribute('aria-current', 'page');
  });

  it('clicks from 4.1’s number through to the justified complaint and opens it in the journal', async () => {
    const d = reportDesk();
    const table = await openReports(d);
    await d.user.click(within(rowOf(table, '4.1')).getByRole('button', { name: '4.1: барлық жазбалар, 1' }));
    const records = await screen.findByRole('table', { name: '4.1 — сандардың артындағы жазбалар' });
    await d.user.click(within(records).getByRole('button', { name: '2026/003' }));
    expect(d.inputsOf('complaints.journal')).toContainEqual({ query: '2026/003' });
    expect(d.inputsOf('complaints.get')).toEqual([{ id: 3 }]);
    expect(screen.getByRole('button', { name: /^Шағымдар/ })).toHaveAttribute('aria-current', 'page');
  });

  it('exports the shown period in each format, in the language on screen', async () => {
    URL.createObjectURL = vi.fn(() => 'blob:report');
    const d = reportDesk();
    await openReports(d);
    await d.user.click(screen.getByRole('button', { name: 'Есепті PDF ретінде жүктеп алу' }));
    expect(await screen.findByText('Файл сақталды: report-2026-11.pdf')).toBeInTheDocument();
    await d.user.click(screen.getByRole('button', { name: 'Есепті XLSX ретінде жүктеп алу' }));
    await d.user.click(screen.getByRole('button', { name: 'Есепті CSV ретінде жүктеп алу' }));
    await d.user.click(screen.getByRole('button', { name: 'Есепті JSON ретінде жүктеп алу' }));
    expect(d.inputsOf('report.export')).toEqual(
      ['pdf', 'xlsx', 'csv', 'json'].map((format) => ({ period: '2026-11', format, lang: 'kk' })),
    );
  });

  it('asks for a typed range and refuses a wrong date in words without asking the main side', async () => {
    const d = reportDesk();
    await openReports(d);
    await d.user.click(screen.getByRole('radio', { name: 'Күндер аралығы' }));
    const from = screen.getByLabelText('Бастап');
    const to = screen.getByLabelText('Дейін');
    await d.user.clear(from);
    await d.user.type(from, '01.12.2026');
    await d.user.clear(to);
    await d.user.type(to, '31.02.2027');
    const asked = d.inputsOf('report.build').length;
    await d.user.click(screen.getByRole('button', { name: 'Көрсету' }));
    expect(screen.getByText('Күнді КК.АА.ЖЖЖЖ түрінде жазыңыз, мысалы 01.11.2026')).toBeInTheDocument();
    expect(d.inputsOf('report.build')).toHaveLength(asked);
    await d.user.clear(to);
    await d.user.type(to, '28.02.2027');
    await d.user.click(screen.getByRole('button', { name: 'Көрсету' }));
    expect(d.inputsOf('report.build').at(-1)).toEqual({ from: '2026-12-01', to: '2027-02-28' });
  });

  it('draws the 12-month trend with its target line and the same numbers in a table', async () => {
    const d = reportDesk();
    await openReports(d);
    const chart = await screen.findByRole('img', {
      name: /^1.1 көрсеткішінің 12 айлық серпіні, 12.25 – 11.26; мақсат 98 %/,
    });
    expect(chart.querySelector('.trend-target')).not.toBeNull();
    expect(chart.querySelectorAll('circle')).toHaveLength(11);
    expect(chart).toHaveTextContent('мақсат 98 %');
    const fallback = screen.getByRole('table', { name: /12 айлық серпіні/ });
    expect(within(fallback).getByRole('row', { name: '03.26 деректер жоқ' })).toBeInTheDocument();
  });

  it('lets the head add up the district’s JSON exports, and says which file it refused', async () => {
    URL.createObjectURL = vi.fn(() => 'blob:region');
    const d = reportDesk(HEAD);
    await openReports(d, 'Отчёты');
    const merge = screen.getByRole('button', { name: 'Свести: XLSX' });
    expect(merge).toBeDisabled();
    const json = (name: string, period: string) =>
      new File([JSON.stringify({ period: { label: period } })], name, { type: 'application/json' });
    const input = screen.getByLabelText('JSON-файлы отделов');
    await d.user.upload(input, [json('zhambyl.json', '2026-11'), json('esil.json', '2026-11')]);
    expect(
      within(screen.getByRole('list', { name: 'Выбранные файлы' })).getAllByRole('listitem'),
    ).toHaveLength(2);
    await d.user.click(screen.getByRole('button', { name: 'Свести: XLSX' }));
    expect(await screen.findByText(/region-2026-11\.xlsx/)).toBeInTheDocument();
    expect(d.inputsOf('report.merge')).toEqual([
      {
        files: [
          { name: 'zhambyl.json', text: '{"period":{"label":"2026-11"}}' },
          { name: 'esil.json', text: '{"period":{"label":"2026-11"}}' },
        ],
        format: 'xlsx',
        lang: 'ru',
      },
    ]);
    await d.user.upload(input, [json('zhambyl.json', '2026-11'), json('october.json', '2026-10')]);
    await d.user.click(screen.getByRole('button', { name: 'Свести: XLSX' }));
    expect(await screen.findByText(/Файл «october\.json» не принят в свод/)).toBeInTheDocument();
  });

  it('hides send, targets and the 3.3 entry from a clerk', async () => {
    const d = reportDesk();
    await openReports(d);
    expect(screen.queryByRole('button', { name: /Жіберу/ })).not.toBeInTheDocument();
    expect(screen.queryByText(/Бөлім бастығы үшін/)).not.toBeInTheDocument();
    expect(screen.queryByText(/Аудан бойынша жиынтық/)).not.toBeInTheDocument();
  });

  it('lets the head send the period, and then shows what was sent beside what changed', async () => {
    URL.createObjectURL = vi.fn(() => 'blob:report');
    let sent = false;
    const d = reportDesk(HEAD, () =>
      sent
        ? november({
            sent: {
              id: 1,
              fileName: 'report-2026-11.pdf',
              sha256: 'cd'.repeat(32),
              sentAt: '2026-12-02T05:00:00.000Z',
              changed: true,
            },
            rows: november().rows.map((r) =>
              r.code === '1.1'
                ? { ...r, frozen: { numerator: 2, denominator: 5, value: 40, normative: 98, target: 98 } }
                : r,
            ),
          })
        : november(),
    );
    const table = await openReports(d, 'Отчёты');
    await d.user.click(screen.getByRole('button', { name: 'Отправить (закрепить период)…' }));
    sent = true;
    await d.user.click(screen.getByRole('button', { name: 'Отправить и закрепить' }));
    expect(d.inputsOf('report.send')).toEqual([{ period: '2026-11', format: 'pdf', lang: 'ru' }]);
    expect(await screen.findByText(/Отчёт за этот период отправлен: 02\.12\.2026/)).toBeInTheDocument();
    const r11 = rowOf(await screen.findByRole('table', { name: 'Показатели' }), '1.1');
    expect(r11).toHaveTextContent('2 / 5, 40 %');
    expect(r11).toHaveTextContent('разница +20 п.');
    expect(table).toBeDefined();
  });

  it('lets the head open the year’s targets, and shows the next year’s when the period moves there', async () => {
    const d = reportDesk(HEAD, (input) =>
      (input as { period?: string }).period === '2027'
        ? november({ period: { from: '2027-01-01', to: '2027-12-31', kind: 'year', label: '2027' } })
        : november(),
    );
    await openReports(d, 'Отчёты');
    await d.user.click(screen.getByText('Для руководителя: цели (п. 20) и 3.3'));
    expect(await screen.findByRole('table', { name: 'Нормативы и цели на 2026 год' })).toBeInTheDocument();
    expect(d.inputsOf('report.targets')).toEqual([{ year: 2026 }]);
    expect(screen.getByLabelText('1.1: Цель, %')).toHaveValue('98');
    await d.user.click(screen.getByRole('radio', { name: 'Год' }));
    await d.user.click(screen.getByRole('button', { name: 'Следующий →' }));
    expect(await screen.findByRole('table', { name: 'Нормативы и цели на 2027 год' })).toBeInTheDocument();
    expect(d.inputsOf('report.targets')).toEqual([{ year: 2026 }, { year: 2027 }]);
  });
});
