// The talon and the notification letter of one made-up applicant, rendered as the desk renders
// them, and a plain timer over many renders: what scripts/bench/pdf-measure.ts prints and what
// `npm run bench` can call. No database and no files: only the PDF work.

import { performance } from 'node:perf_hooks';
import { OFFICE_DEFAULTS } from '../../shared/standard/office-defaults.ts';
import { STANDARD_2008 } from '../../shared/standard/service-definition.ts';
import { renderLetter } from '../decisions/letter.ts';
import { renderTalon } from '../intake/talon.ts';
import type { RenderedPdf } from './layout.ts';

const CREATED = new Date('2026-11-25T05:12:00Z');

/** A child's talon on A6 in Kazakh, with a representative and the survey invitation. */
export function sampleTalon(): Promise<RenderedPdf> {
  return renderTalon(
    {
      regNumber: 'ҮӘ-2026-000123',
      category: 'child',
      applicantName: 'Өмірбеков Ұлан Нұрланұлы',
      representativeName: 'Өмірбекова Іңкәр Һадиқызы',
      acceptedAt: '2026-11-25T05:12:00Z',
      termEnd: '2026-12-09',
      acceptedBy: 'Жақсыбекова Айгүл',
      documents: STANDARD_2008.documents.map((d) => d.code),
      copy: false,
      surveyCode: 'K7Q2-9MX4',
    },
    STANDARD_2008,
    OFFICE_DEFAULTS,
    'a6',
    'kk',
    CREATED,
  );
}

/** The refusal letter to the same child's mother, in Kazakh, on A4 for a window envelope. */
export async function sampleLetter(): Promise<RenderedPdf> {
  const { pdf, pages } = await renderLetter(
    {
      outNumber: '02-14/318',
      letterDate: '2026-12-04',
      regNumber: 'ҮӘ-2026-000123',
      acceptedDate: '2026-11-25',
      termEnd: '2026-12-09',
      category: 'child',
      applicantName: 'Өмірбеков Ұлан Нұрланұлы',
      addressee: {
        lastName: 'Өмірбекова',
        firstName: 'Іңкәр',
        middleName: 'Һадиқызы',
        sex: 'female',
        fullName: 'Өмірбекова Іңкәр Һадиқызы',
        addressLines: ['Шұғыла көшесі, 4', 'Пресновка ауылы', '150800'],
      },
      decision: {
        kind: 'refused',
        orderNumber: '57',
        orderDate: '2026-12-03',
        ground: { item: 2, text: STANDARD_2008.refusalGrounds[1]?.text.kk ?? '' },
        explanation: 'Медициналық-әлеуметтік сараптама қорытындысы ұсынылмаған.',
      },
      signer: { title: 'Бөлім басшысы', name: 'Сейітов Ерлан' },
      executor: { name: 'Жақсыбекова Айгүл', phone: '8 715 35 2 14 56' },
      copy: false,
    },
    STANDARD_2008,
    OFFICE_DEFAULTS,
    'kk',
    CREATED,
  );
  return { pdf, pages };
}

export interface Timing {
  runs: number;
  median_ms: number;
  p95_ms: number;
  /** Processor time per render, averaged (user and system): steadier than wall time on a busy machine. */
  cpu_ms: number;
  /** Bytes of one rendered PDF. */
  bytes: number;
}

/** Renders `warmup` times unmeasured, then `runs` times one after another, each timed alone. */
export async function timeRenders(
  render: () => Promise<RenderedPdf>,
  runs = 200,
  warmup = 30,
): Promise<Timing> {
  let bytes = 0;
  for (let i = 0; i < warmup; i++) bytes = (await render()).pdf.length;
  const ms: number[] = [];
  const cpu0 = process.cpuUsage();
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    await render();
    ms.push(performance.now() - t0);
  }
  const cpu = process.cpuUsage(cpu0);
  ms.sort((a, b) => a - b);
  const at = (q: number) => ms[Math.min(ms.length - 1, Math.ceil(q * ms.length) - 1)] as number;
  return { runs, median_ms: at(0.5), p95_ms: at(0.95), cpu_ms: (cpu.user + cpu.system) / 1000 / runs, bytes };
}
