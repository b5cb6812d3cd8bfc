// The walk-in queue ticket (§7.2, §7.3, §10) on the 80 mm receipt roll: the number in large
// digits, the purpose, the time of issue, how many are ahead and an honest estimate of the wait
// — in Kazakh and then Russian on the same paper. Printed as graphics through the printer's
// driver (layout.ts: thermal printers' text code pages lack the Kazakh letters, FACTS.md).

import type { OfficeSettings } from '../../shared/contract/settings.ts';
import { formatLocalDateTime, localTimeOf } from '../../shared/domain/office-time.ts';
import type { Purpose } from '../../shared/domain/queue.ts';
import type { ServiceDefinition } from '../../shared/standard/service-definition.ts';
import { type Block, type RenderedPdf, renderPdf } from '../print/layout.ts';
import { copyMark } from '../print/office-blocks.ts';
import { fill, type Lang, workingHoursLine } from '../print/texts.ts';
import { surveyInviteBlocks } from '../report/survey-invite.ts';
import { TICKET_TEXTS } from './ticket-texts.ts';

export interface TicketData {
  number: string;
  purpose: Purpose;
  issuedAt: string;
  limitMinutes: number;
  /** Waiting tickets ahead as of printing; null when the ticket no longer waits. */
  ahead: number | null;
  estimate: { minutes: number; expectedAt: string; afterClosing: boolean } | null;
  copy: boolean;
  /** The visit's survey code (report/visit-code.ts); null prints no invitation. */
  surveyCode: string | null;
}

const LANGS: readonly Lang[] = ['kk', 'ru'];

function half(
  t: TicketData,
  def: ServiceDefinition,
  office: OfficeSettings,
  lang: Lang,
  lunchNow: boolean,
): Block[] {
  const x = TICKET_TEXTS[lang];
  const tz = office.office.timeZone;
  const { lunchFrom, lunchTo } = def.workingHours;
  const blocks: Block[] = [
    {
      kind: 'text',
      text: fill(x.issuedAt, { time: formatLocalDateTime(new Date(t.issuedAt), tz) }),
      size: 8.5,
      gap: 1,
    },
  ];
  if (t.ahead !== null)
    blocks.push({
      kind: 'text',
      text: fill(x.ahead, { count: String(t.ahead) }),
      size: 8.5,
      bold: true,
      gap: 1,
    });
  if (t.estimate) {
    const e = t.estimate;
    blocks.push({
      kind: 'text',
      text:
        e.minutes <= 1
          ? x.soon
          : fill(x.estimate, { minutes: String(e.minutes), time: localTimeOf(new Date(e.expectedAt), tz) }),
      size: 8.5,
      bold: true,
      gap: 0.5,
    });
    blocks.push({ kind: 'text', text: x.estimateNote, size: 6.5, gap: 1 });
    if (e.afterClosing) blocks.push({ kind: 'framed', text: x.afterClosing, size: 7.5, gap: 1 });
  }
  if (lunchNow)
    blocks.push({
      kind: 'text',
      text: fill(x.lunch, { from: lunchFrom, to: lunchTo }),
      size: 7.5,
      bold: true,
      gap: 1,
    });
  blocks.push(
    { kind: 'text', text: fill(x.watch, { room: def.receptionRoom }), size: 8, gap: 1 },
    { kind: 'text', text: fill(x.limit, { minutes: String(t.limitMinutes) }), size: 6.5, gap: 0.5 },
    { kind: 'text', text: x.order, size: 6.5, gap: 0.5 },
    { kind: 'text', text: workingHoursLine(def, lang), size: 6.5, gap: 2 },
  );
  return blocks;
}

export function ticketBlocks(
  t: TicketData,
  def: ServiceDefinition,
  office: OfficeSettings,
  printedAt: Date,
): Block[] {
  const [kk, ru] = [TICKET_TEXTS.kk, TICKET_TEXTS.ru];
  const lunchNow =
    localTimeOf(printedAt, office.office.timeZone) >= def.workingHours.lunchFrom &&
    localTimeOf(printedAt, office.office.timeZone) < def.workingHours.lunchTo;
  return [
    { kind: 'text', text: office.office.name.kk, size: 6.5, bold: true, align: 'center', gap: 0.5 },
    { kind: 'text', text: office.office.name.ru, size: 6.5, align: 'center', gap: 1 },
    { kind: 'rule', gap: 2 },
    { kind: 'text', text: `${kk.title} / ${ru.title}`, size: 9, bold: true, align: 'center', gap: 0 },
    ...copyMark(t.copy, 'kk'),
    { kind: 'text', text: t.number, size: 44, bold: true, align: 'center', gap: 0 },
    { kind: 'framed', text: `${kk.purpose[t.purpose]} / ${ru.purpose[t.purpose]}`, size: 9, gap: 3 },
    ...LANGS.flatMap((lang, i) => [
      ...(i > 0 ? ([{ kind: 'rule', gap: 2 }] as Block[]) : []),
      ...half(t, def, office, lang, lunchNow),
    ]),
    ...(t.surveyCode
      ? ([{ kind: 'rule', gap: 2 }, ...surveyInviteBlocks(t.surveyCode, 6.5)] as Block[])
      : []),
  ];
}

export function renderQueueTicket(
  t: TicketData,
  def: ServiceDefinition,
  office: OfficeSettings,
  printedAt: Date,
): Promise<RenderedPdf> {
  return renderPdf({
    sheet: 'receipt80',
    blocks: ticketBlocks(t, def, office, printedAt),
    lang: 'kk',
    title: `${TICKET_TEXTS.kk.title} ${t.number}`,
    createdAt: printedAt,
  });
}
