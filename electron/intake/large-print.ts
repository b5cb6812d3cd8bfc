// Large print on request (issue 13): the applicant's wish, kept on their row (migration 0013),
// set from the intake form or on their file, audited like every change to a person; and the one
// rule every paper for them asks — the clerk's choice for this print, else the wish.

import { DomainError } from '../../shared/contract/result.ts';
import { largePrintOf, setLargePrint } from '../db/large-print.ts';
import { getPerson } from '../db/people.ts';
import { type DeskContext, type HandlerGroup, write } from '../kernel/handler.ts';

/** Keeps the wish inside the caller's transaction; a change is an audit row, no change none. */
export function rememberLargePrint(ctx: DeskContext, applicantId: number, largePrint: boolean): void {
  const before = largePrintOf(ctx.db, applicantId);
  if (before === largePrint) return;
  setLargePrint(ctx.db, applicantId, largePrint, ctx.now.toISOString());
  ctx.audit({
    action: 'applicant.largePrint',
    entity: 'applicant',
    entityId: applicantId,
    before: { largePrint: before },
    after: { largePrint },
  });
}

/** Large or standard for one paper: what the clerk chose for it, else what the applicant asked. */
export function printsLarge(ctx: DeskContext, applicantId: number, chosen: boolean | undefined): boolean {
  return chosen ?? largePrintOf(ctx.db, applicantId);
}

export const largePrintHandlers: HandlerGroup<'applicants.setLargePrint'> = {
  'applicants.setLargePrint': write(({ applicantId, largePrint }, ctx) => {
    if (!getPerson(ctx.db, 'applicants', applicantId))
      throw new DomainError('not_found', { what: 'applicant', id: String(applicantId) });
    rememberLargePrint(ctx, applicantId, largePrint);
    return { applicantId, largePrint: largePrintOf(ctx.db, applicantId) };
  }),
};
