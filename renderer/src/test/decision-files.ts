// One application's decision file as the main side answers decisions.file, for the screens'
// tests: a file under review by default, each test saying what differs.

import type { User } from '../../../shared/contract/common.ts';
import type { DecisionFile, Step } from '../../../shared/contract/decisions.ts';
import { STANDARD_2008 } from '../../../shared/standard/service-definition.ts';
import { CLERK, TERM_END, TODAY } from './render.tsx';

export const HEAD: User = {
  id: 2,
  login: 'bolat',
  fullName: 'Болат Серікұлы Жақсылықов',
  role: 'head',
  language: 'kk',
};

export const step = (over: Partial<Step>): Step => ({
  id: 1,
  move: 'start_review',
  fromStatus: 'accepted',
  toStatus: 'under_review',
  at: '2026-11-25T05:30:00.000Z',
  localDate: TODAY,
  byName: CLERK.fullName,
  byRole: 'clerk',
  basisNumber: null,
  basisDate: null,
  note: null,
  reason: null,
  servicesFrom: null,
  socialWorker: null,
  serviceUnit: null,
  refusalGround: null,
  explanation: null,
  explanationLang: null,
  letterId: null,
  sentDate: null,
  receivedBy: null,
  queueTicketId: null,
  correctsStepId: null,
  voidedBy: null,
  voidReason: null,
  ...over,
});

export const decisionFile = (over: Partial<DecisionFile>): DecisionFile => ({
  applicationId: 7,
  regNumber: '2026-0007',
  status: 'under_review',
  category: 'adult',
  applicantName: 'Қасымова Гүлнәр Әбілқызы',
  representativeName: null,
  acceptedAt: '2026-11-13T05:00:00.000Z',
  acceptedBy: CLERK.fullName,
  termEnd: TERM_END,
  daysLeft: 12,
  termState: 'later',
  cancelledAt: null,
  cancelledBy: null,
  cancelReason: null,
  steps: [step({})],
  moves: [],
  correctable: null,
  decision: null,
  letter: null,
  returnsForCorrection: 0,
  servedInTerm: null,
  refusalGrounds: STANDARD_2008.refusalGrounds.map(({ code, item, text }) => ({ code, item, text })),
  ...over,
});
