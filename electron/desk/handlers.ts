// The whole handler table: one group per domain, merged. Adding a channel to the contract
// without a handler here is a type error.

import { applicationsHandlers } from '../applications/handlers.ts';
import { auditHandlers } from '../audit/handlers.ts';
import { backupHandlers } from '../backup/handlers.ts';
import { complaintsHandlers } from '../complaints/handlers.ts';
import { decisionsHandlers } from '../decisions/handlers.ts';
import { decisionPrintHandlers } from '../decisions/print.ts';
import { intakeHandlers } from '../intake/handlers.ts';
import { largePrintHandlers } from '../intake/large-print.ts';
import { intakePrintHandlers } from '../intake/print.ts';
import type { Handlers } from '../kernel/handler.ts';
import { createRegistry, type Registry } from '../kernel/registry.ts';
import { printHandlers } from '../print/handlers.ts';
import { queueHandlers } from '../queue/handlers.ts';
import { reportHandlers } from '../report/handlers.ts';
import { sessionHandlers } from '../session/handlers.ts';
import { settingsHandlers } from '../settings/handlers.ts';

export const handlers: Handlers = {
  ...sessionHandlers,
  ...intakeHandlers,
  ...applicationsHandlers,
  ...settingsHandlers,
  ...intakePrintHandlers,
  ...largePrintHandlers,
  ...printHandlers,
  ...auditHandlers,
  ...queueHandlers,
  ...decisionsHandlers,
  ...decisionPrintHandlers,
  ...complaintsHandlers,
  ...backupHandlers,
  ...reportHandlers,
};

export function createAppRegistry(log?: (e: unknown) => void): Registry {
  return createRegistry(handlers, log);
}
