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

/**
 * The n-th made-up family: each document of a run is another person's, with its own number,
 * time and survey code, as at the desk — the fixed parts are laid out once, the rest every time.
 */
const CHILDREN = [
  'Өмірбеков Ұлан',
  'Сейітқали Әлихан',
  'Қасымова Гүлнұр',
  'Нұрланова Аружан',
  'Шәріпов Ерназар',
];
const PARENTS = [
  'Өмірбекова Іңкәр',
  'Сейітқали Гүлнәр',
  'Қасымова Жанар',
  'Нұрланова Айгерім',
  'Шәріпова Зере',
];
const FATHERS = ['Нұрлан', 'Бауыржан', 'Ерлан', 'Серік', 'Дәулет', 'Мұрат', 'Асқар'];

function family(n: number) {
  const father = FATHERS[n % FATHERS.length] as string;
  const child = CHILDREN[n % CHILDREN.length] as string;
  const son = !child.endsWith('а') && !child.includes('ова ');
  return {
    regNumber: `2026-${String(123 + n).padStart(6, '0')}`,
    child: `${child} ${father}${son ? 'ұлы' : 'қызы'}`,
    parent: `${PARENTS[n % PARENTS.length]} ${FATHERS[(n + 3) % FATHERS.length]}қызы`,
    at: new Date(CREATED.getTime() + n * 7 * 60_000).toISOString(),
    code: `K${(n * 7919).toString(36).toUpperCase().padStart(3, '0')}-${(n * 104_729 + 9).toString(36).toUpperCase().padStart(4, '0')}`,
  };
}

/** A child's talon on A6 in Kazakh, with a representative and the survey invitation. */
export function sampleTalon(n = 0): Promise<RenderedPdf> {
  const f = family(n);
  return renderTalon(
    {
      regNumber: f.regNumber,
      category: 'child',
      applicantName: f.child,
      representativeName: f.parent,
      acceptedAt: f.at,
      termEnd: '2026-12-09',
      acceptedBy: 'Жақсыбекова Айгүл',
      documents: STANDARD_2008.documents.map((d) => d.code),
      copy: false,
      surveyCode: f.code,
    },
    STANDARD_2008,
    OFFICE_DEFAULTS,
    'a6',
    'kk',
    CREATED,
  );
}

/** The refusal letter to the n-th child's mother, in Kazakh, on A4 for a window envelope. */
export async function sampleLetter(n = 0): Promise<RenderedPdf> {
  const f = family(n);
  const [lastName = '', firstName = '', middleName = ''] = f.parent.split(' ');
  const { pdf, pages } = await renderLetter(
    {
      outNumber: `02-14/${318 + n}`,
      letterDate: '2026-12-04',
      regNumber: f.regNumber,
      acceptedDate: '2026-11-25',
      termEnd: '2026-12-09',
      category: 'child',
      applicantName: f.child,
      addressee: {
        lastName,
        firstName,
        middleName,
        sex: 'female',
        fullName: f.parent,
        addressLines: [`Шұғыла көшесі, ${4 + n}`, 'Пресновка ауылы', '150800'],
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

/**
 * Renders `warmup` times unmeasured, then `runs` times one after another, each timed alone;
 * `render(i)` makes the i-th document (every one another person's).
 */
export async function timeRenders(
  render: (i: number) => Promise<RenderedPdf>,
  runs = 200,
  warmup = 30,
): Promise<Timing> {
  let bytes = 0;
  for (let i = 0; i < warmup; i++) bytes = (await render(i)).pdf.length;
  const ms: number[] = [];
  const cpu0 = process.cpuUsage();
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    await render(warmup + i);
    ms.push(performance.now() - t0);
  }
  const cpu = process.cpuUsage(cpu0);
  ms.sort((a, b) => a - b);
  const at = (q: number) => ms[Math.min(ms.length - 1, Math.ceil(q * ms.length) - 1)] as number;
  return { runs, median_ms: at(0.5), p95_ms: at(0.95), cpu_ms: (cpu.user + cpu.system) / 1000 / runs, bytes };
}
