// One application's path after the talon, as the decision panel shows it: the steps with their
// corrections, what the signed-in user may do next, the decision in force and its letter.

import type { DecisionFile, Letter, Step } from '../../shared/contract/decisions.ts';
import { DomainError } from '../../shared/contract/result.ts';
import {
  allowedMoves,
  correctableStep,
  DECISION_MOVES,
  isApplicationStatus,
  type Move,
  mayCorrect,
} from '../../shared/domain/application-states.ts';
import { daysLeft, termState } from '../../shared/domain/term.ts';
import { definitionByVersion, definitionFor } from '../../shared/standard/service-definition.ts';
import { type ApplicationRecord, getApplication } from '../db/applications.ts';
import {
  cancellationOf,
  type LetterRow,
  letterOfDecision,
  listSteps,
  outcomeOf,
  type StepRow,
} from '../db/decisions.ts';
import { listPrintedDocuments } from '../db/documents.ts';
import type { DeskContext } from '../kernel/handler.ts';

export function applicationOrThrow(ctx: DeskContext, id: number): ApplicationRecord {
  const app = getApplication(ctx.db, id);
  if (!app) throw new DomainError('not_found', { what: 'application', id: String(id) });
  return app;
}

/** The steps in force (not voided, not corrections themselves). */
export function liveSteps(steps: readonly StepRow[]): StepRow[] {
  return steps.filter((s) => s.move !== 'correction' && s.voidedBy === null);
}

/** The decision the letter rests on: the latest approve/refuse step still in force. */
export function decisionInForce(steps: readonly StepRow[]): StepRow | null {
  const decisions = liveSteps(steps).filter((s) => DECISION_MOVES.includes(s.move as Move));
  return decisions.at(-1) ?? null;
}

export function serviceDefinitionOf(app: ApplicationRecord) {
  return definitionByVersion(app.standardVersion) ?? definitionFor(app.acceptedDate);
}

function toStep(s: StepRow): Step {
  const { applicationId: _a, byUser: _u, ...rest } = s;
  return rest;
}

function toLetter(ctx: DeskContext, l: LetterRow): Letter {
  return {
    id: l.id,
    decisionStepId: l.decisionStepId,
    outNumber: l.outNumber,
    letterDate: l.letterDate,
    addresseeName: l.addresseeName,
    addresseeAddress: l.addresseeAddress,
    addresseeRole: l.addresseeRole,
    printed: listPrintedDocuments(ctx.db, 'letter', l.id),
  };
}

export function decisionFileOf(ctx: DeskContext, applicationId: number): DecisionFile {
  const app = applicationOrThrow(ctx, applicationId);
  const { user, today } = ctx;
  const steps = listSteps(ctx.db, app.id);
  const decision = decisionInForce(steps);
  const letter = decision ? letterOfDecision(ctx.db, decision.id) : undefined;
  const outcome = outcomeOf(ctx.db, app.id);
  const cancel = cancellationOf(ctx.db, app.id);
  const last = correctableStep(steps);
  const status = isApplicationStatus(app.status) ? app.status : 'accepted';
  return {
    applicationId: app.id,
    regNumber: app.regNumber,
    status,
    category: app.category,
    applicantName: app.applicantName,
    representativeName: app.representativeName,
    acceptedAt: app.acceptedAt,
    acceptedBy: app.acceptedBy,
    termEnd: app.termEnd,
    daysLeft: daysLeft(today, app.termEnd),
    termState: termState(today, app.termEnd),
    cancelledAt: cancel.cancelledAt,
    cancelledBy: cancel.cancelledBy,
    cancelReason: app.cancelReason,
    steps: steps.map(toStep),
    moves: allowedMoves(status, user.role),
    correctable: last && mayCorrect(last, user.role) ? { stepId: last.id, move: last.move } : null,
    decision: decision ? toStep(decision) : null,
    letter: letter ? toLetter(ctx, letter) : null,
    returnsForCorrection: outcome.returnsForCorrection,
    servedInTerm: outcome.servedInTerm === null ? null : outcome.servedInTerm === 1,
    refusalGrounds: serviceDefinitionOf(app).refusalGrounds.map((g) => ({
      code: g.code,
      item: g.item,
      text: g.text,
    })),
  };
}
