// The applications list: search, one application in full, and cancelling a mistaken entry
// (the row stays, with who cancelled it and why).

import type { ApplicationDetail, ApplicationRow } from '../../shared/contract/applications.ts';
import { DomainError } from '../../shared/contract/result.ts';
import { MOVE_RULES } from '../../shared/domain/application-states.ts';
import { daysLeft, termState } from '../../shared/domain/term.ts';
import { definitionByVersion } from '../../shared/standard/service-definition.ts';
import {
  type ApplicationRecord,
  cancelApplication,
  getApplication,
  listDocuments,
  searchApplications,
} from '../db/applications.ts';
import { hoursExceptionOf } from '../db/hours-exceptions.ts';
import { largePrintOf } from '../db/large-print.ts';
import { getPerson } from '../db/people.ts';
import { type DeskContext, type HandlerGroup, read, write } from '../kernel/handler.ts';

function toRow(r: ApplicationRecord, on: string): ApplicationRow {
  return {
    id: r.id,
    regNumber: r.regNumber,
    category: r.category,
    applicantName: r.applicantName,
    applicantIin: r.applicantIin,
    representativeName: r.representativeName,
    status: r.status,
    acceptedAt: r.acceptedAt,
    termEnd: r.termEnd,
    daysLeft: daysLeft(on, r.termEnd),
    termState: termState(on, r.termEnd),
  };
}

export function applicationDetail(ctx: DeskContext, id: number): ApplicationDetail {
  const r = getApplication(ctx.db, id);
  if (!r) throw new DomainError('not_found', { what: 'application', id: String(id) });
  const def = definitionByVersion(r.standardVersion);
  const itemOf = new Map(def?.documents.map((d) => [d.code, d.item]));
  return {
    ...toRow(r, ctx.today),
    applicant: {
      ...getPerson(ctx.db, 'applicants', r.applicantId),
      largePrint: largePrintOf(ctx.db, r.applicantId),
    },
    representative:
      r.representativeId === null
        ? null
        : {
            ...getPerson(ctx.db, 'representatives', r.representativeId),
            relation: (r.relation ?? 'other') as 'other',
            authorityDocument: r.authorityDocument ?? '',
          },
    acceptedBy: r.acceptedBy,
    standardVersion: r.standardVersion,
    documents: listDocuments(ctx.db, id)
      .map((d) => ({ ...d, item: itemOf.get(d.code) ?? 0 }))
      .sort((a, b) => a.item - b.item),
    cancelledAt: r.cancelledAt,
    cancelReason: r.cancelReason,
    hoursException: hoursExceptionOf(ctx.db, 'application', id),
  };
}

export const applicationsHandlers: HandlerGroup<
  'applications.search' | 'applications.get' | 'applications.cancel'
> = {
  'applications.search': read(
    (input, ctx) => {
      const { rows, total, capped } = searchApplications(ctx.db, input);
      return { rows: rows.map((r) => toRow(r, ctx.today)), total, capped };
    },
    {
      entity: 'application',
      what: ({ query, status, offset }, out) => ({
        after: {
          query,
          status: status ?? null,
          offset,
          rows: out.rows.length,
          total: out.total,
          capped: out.capped,
        },
      }),
    },
  ),

  'applications.get': read(({ id }, ctx) => applicationDetail(ctx, id), {
    entity: 'application',
    what: (_input, out) => ({ entityId: out.id, after: { regNumber: out.regNumber } }),
  }),

  'applications.cancel': write(({ id, reason }, ctx) => {
    const before = applicationDetail(ctx, id);
    if (before.status === 'cancelled')
      throw new DomainError('already_cancelled', { regNumber: before.regNumber });
    // Once decided, it is no mistaken entry: the decision stands or is corrected (application-states.ts).
    if (!(MOVE_RULES.cancel.from as readonly string[]).includes(before.status))
      throw new DomainError('move_not_allowed', {
        move: 'cancel',
        status: before.status,
        regNumber: before.regNumber,
      });
    cancelApplication(ctx.db, id, ctx.user.id, ctx.now.toISOString(), reason);
    const after = applicationDetail(ctx, id);
    ctx.audit({ action: 'applications.cancel', entity: 'application', entityId: id, before, after });
    return after;
  }),
};
