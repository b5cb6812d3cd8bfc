// The walk-in queue ticket (§7.2, §7.3, §10) in large print (issue 13): nobody is known when a
// ticket is taken, so large print is the visitor's choice at that moment (the queue screen's
// "large print" buttons). A5 from the sheet printer instead of the 80 mm roll; the number, the
// date and time of issue, the wait and the room at 22 pt or more, every other word at 16 pt, in
// Kazakh and then Russian as on the small ticket (queue/ticket.ts, whose texts it says) but
// for the office's weekly hours.

import type { OfficeSettings } from '../../shared/contract/settings.ts';
import { formatLocalDateTime, localTimeOf } from '../../shared/domain/office-time.ts';
import type { ServiceDefinition } from '../../shared/standard/service-definition.ts';
import type { TicketData } from '../queue/ticket.ts';
import { TICKET_TEXTS } from '../queue/ticket-texts.ts';
import { surveyInviteBlocks } from '../report/survey-invite.ts';
import { drawLarge, LARGE_TOP, type LargeItem, newLargeDocument, SIZES } from './large-print.ts';
import { type Block, endDocument, type RenderedPdf } from './layout.ts';
import { copyMark } from './office-blocks.ts';
import { fill, type Lang } from './texts.ts';

const { body, key } = SIZES;
/** The ticket's number, read from across the waiting room like the screen's. */
const TICKET_NUMBER = 72;

/** What the visitor must not miss, in one language: when the ticket was taken, where to go. */
function keyLines(t: TicketData, def: ServiceDefinition, office: OfficeSettings, lang: Lang): Block[] {
  const x = TICKET_TEXTS[lang];
  const time = formatLocalDateTime(new Date(t.issuedAt), office.office.timeZone);
  return [
    { kind: 'text', text: fill(x.issuedAt, { time }), size: key, bold: true, gap: 1 },
    { kind: 'text', text: fill(x.watch, { room: def.receptionRoom }), size: key, bold: true, gap: 3 },
  ];
}

/** The rest in one language: the longest wait, who is ahead, the estimate, the rules. */
function details(
  t: TicketData,
  def: ServiceDefinition,
  office: OfficeSettings,
  lang: Lang,
  lunchNow: boolean,
) {
  const x = TICKET_TEXTS[lang];
  const tz = office.office.timeZone;
  const { lunchFrom, lunchTo } = def.workingHours;
  const e = t.estimate;
  const blocks: Block[] = [
    {
      kind: 'text',
      text: fill(x.limit, { minutes: String(t.limitMinutes) }),
      size: body,
      bold: true,
      gap: 1,
    },
  ];
  if (t.ahead !== null)
    blocks.push({
      kind: 'text',
      text: fill(x.ahead, { count: String(t.ahead) }),
      size: body,
      bold: true,
      gap: 1,
    });
  if (e) {
    blocks.push(
      {
        kind: 'text',
        text:
          e.minutes <= 1
            ? x.soon
            : fill(x.estimate, { minutes: String(e.minutes), time: localTimeOf(new Date(e.expectedAt), tz) }),
        size: body,
        bold: true,
        gap: 1,
      },
      { kind: 'text', text: x.estimateNote, size: body, gap: 2 },
    );
    if (e.afterClosing) blocks.push({ kind: 'framed', text: x.afterClosing, size: body, gap: 2 });
  }
  if (lunchNow)
    blocks.push({
      kind: 'text',
      text: fill(x.lunch, { from: lunchFrom, to: lunchTo }),
      size: body,
      bold: true,
      gap: 2,
    });
  // The office's weekly hours, on the roll's ticket, are left out here: the visitor is in the
  // office today, and two A5 sheets are the most a ticket may take.
  blocks.push({ kind: 'text', text: x.order, size: body, gap: 3 });
  return blocks;
}

export function largeTicketItems(
  t: TicketData,
  def: ServiceDefinition,
  office: OfficeSettings,
  printedAt: Date,
): LargeItem[] {
  const [kk, ru] = [TICKET_TEXTS.kk, TICKET_TEXTS.ru];
  const tz = office.office.timeZone;
  const now = localTimeOf(printedAt, tz);
  const lunchNow = now >= def.workingHours.lunchFrom && now < def.workingHours.lunchTo;
  const langs: readonly Lang[] = ['kk', 'ru'];
  return [
    { kind: 'text', text: office.office.name.kk, size: body, bold: true, align: 'center', gap: 0.5 },
    { kind: 'text', text: office.office.name.ru, size: body, align: 'center', gap: 1 },
    { kind: 'rule', gap: 2 },
    { kind: 'text', text: `${kk.title} / ${ru.title}`, size: key, bold: true, align: 'center', gap: 0 },
    ...copyMark(t.copy, 'kk').map((b) => ({ ...b, size: key })),
    { kind: 'text', text: t.number, size: TICKET_NUMBER, bold: true, align: 'center', gap: 0 },
    { kind: 'framed', text: `${kk.purpose[t.purpose]} / ${ru.purpose[t.purpose]}`, size: key, gap: 4 },
    // The time and the room in both languages on the first sheet; the rest may run onto a second.
    ...langs.flatMap((lang) => keyLines(t, def, office, lang)),
    ...langs.flatMap((lang) => [
      { kind: 'rule', gap: 3 } as const,
      ...details(t, def, office, lang, lunchNow),
    ]),
    ...(t.surveyCode
      ? ([{ kind: 'rule', gap: 2 }, ...surveyInviteBlocks(t.surveyCode, body)] as Block[])
      : []),
  ];
}

export function renderLargeQueueTicket(
  t: TicketData,
  def: ServiceDefinition,
  office: OfficeSettings,
  printedAt: Date,
): Promise<RenderedPdf> {
  const doc = newLargeDocument('kk', `${TICKET_TEXTS.kk.title} ${t.number}`, printedAt);
  drawLarge(doc, largeTicketItems(t, def, office, printedAt), LARGE_TOP);
  return endDocument(doc);
}
