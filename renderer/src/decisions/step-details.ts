// What a recorded step rests on and carries, in lines of words: the order, the services, the
// §17 ground, the reason, the date sent, who received the letter, the queue ticket, a note.

import type { DecisionFile, Step } from '../../../shared/contract/decisions.ts';
import { formatLocalDate } from '../../../shared/domain/office-time.ts';
import type { Lang } from '../../../shared/standard/service-definition.ts';
import type { DecisionsTp } from './texts.ts';

export function stepDetails(step: Step, file: DecisionFile, lang: Lang, tp: DecisionsTp): string[] {
  const out: string[] = [];
  if (step.basisNumber && step.basisDate) {
    out.push(tp('details.basis', { number: step.basisNumber, date: formatLocalDate(step.basisDate) }));
  } else if (step.basisNumber) {
    out.push(tp('details.basisNumber', { number: step.basisNumber }));
  }
  if (step.servicesFrom) out.push(tp('panel.servicesFrom', { date: formatLocalDate(step.servicesFrom) }));
  if (step.socialWorker) {
    out.push(
      tp('panel.worker', {
        name: step.serviceUnit ? `${step.socialWorker} (${step.serviceUnit})` : step.socialWorker,
      }),
    );
  }
  if (step.refusalGround) {
    const g = file.refusalGrounds.find((x) => x.code === step.refusalGround);
    out.push(tp('panel.ground', { item: String(g?.item ?? ''), text: g?.text[lang] ?? step.refusalGround }));
  }
  if (step.explanation) out.push(tp('details.explanation', { text: step.explanation }));
  if (step.reason) out.push(tp('details.reason', { text: step.reason }));
  if (step.sentDate) out.push(tp('details.sent', { date: formatLocalDate(step.sentDate) }));
  if (step.receivedBy) out.push(tp('details.receivedBy', { who: tp(`receivedBy.${step.receivedBy}`) }));
  if (step.queueTicketId) out.push(tp('details.queueTicket', { id: String(step.queueTicketId) }));
  if (step.note) out.push(tp('details.note', { text: step.note }));
  return out;
}
