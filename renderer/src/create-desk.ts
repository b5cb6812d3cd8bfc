// One desk = the API client, the i18n instance and a store per place, created together and
// handed down by context (desk.tsx), so every test mounts a fresh desk with its own fake client.

import type { i18n as I18n } from 'i18next';
import type { StoreApi } from 'zustand';
import type { ApiClient } from './api/client.ts';
import type { Desk, PlaceStoreName } from './desk.tsx';
import { OPEN_PLACES } from './places.tsx';
import { createApplicationsStore } from './stores/applications.ts';
import { createAuditStore } from './stores/audit.ts';
import { createBackupStore } from './stores/backup.ts';
import { createComplaintsStore } from './stores/complaints.ts';
import { createDecisionsStore } from './stores/decisions.ts';
import { createIntakeStore } from './stores/intake.ts';
import { createQueueStore } from './stores/queue.ts';
import { createReportStore } from './stores/report.ts';
import { createSessionStore } from './stores/session.ts';
import { createSettingsStore } from './stores/settings.ts';
import { createUsersStore } from './stores/users.ts';

export interface DeskOptions {
  /** Pause after the last keystroke before the applications search asks the main side. */
  searchDelayMs?: number;
  /** How often the queue board is asked again while it is on screen; 0: only when opened. */
  queuePollMs?: number;
}

export function createDesk(api: ApiClient, i18n: I18n, options: DeskOptions = {}): Desk {
  // When the person at the desk signs out, every place forgets what it held for them: the next
  // person must not see a half-filled intake, a found applicant or an open complaint.
  const forget = (keep?: PlaceStoreName) => {
    for (const name of OPEN_PLACES.flatMap((p) => p.stores)) {
      if (name === keep) continue;
      const store = desk[name] as StoreApi<unknown>;
      store.setState(store.getInitialState(), true);
    }
  };
  const session = createSessionStore(api, i18n, () => forget());
  const intake = createIntakeStore(api);
  const applications = createApplicationsStore(api, options.searchDelayMs ?? 300);
  const decisions = createDecisionsStore(api);
  const settings = createSettingsStore(api, (office) => session.getState().officeChanged(office));
  const complaints = createComplaintsStore(api);
  const users = createUsersStore(api);
  const audit = createAuditStore(api);
  // The report's numbers lead to their records: an application or a complaint opened in its place.
  const report = createReportStore(api, {
    openApplication: (id) => {
      void applications.getState().open(id);
      session.getState().go('applications');
    },
    openComplaint: (id) => {
      void complaints.getState().open(id);
      session.getState().go('complaints');
    },
    timeZone: () => session.getState().office?.office.timeZone,
  });
  // After a restore every place holds data of the database that was replaced: all of it is
  // forgotten (but the restore's own report) and read again, as the main side now answers.
  const backup = createBackupStore(api, async () => {
    forget('backup');
    await session.getState().reload();
  });
  const queue = createQueueStore(api, {
    openIntake: (ticket) => {
      intake.getState().attachTicket({ id: ticket.id, number: ticket.number });
      session.getState().go('intake');
    },
    openSearch: () => {
      applications.getState().close();
      session.getState().go('applications');
    },
    released: (ticketId) => intake.getState().releaseTicket(ticketId),
    openHandover: (applicationId, ticket) => {
      void decisions.getState().startHandover(applicationId, ticket.id);
      session.getState().go('decisions');
    },
    hasReceiptPrinter: () => Boolean(session.getState().office?.printing.receiptPrinter.trim()),
  });
  const desk: Desk = {
    api,
    i18n,
    session,
    intake,
    applications,
    settings,
    decisions,
    complaints,
    queue,
    users,
    audit,
    report,
    backup,
    queuePollMs: options.queuePollMs ?? 5000,
  };
  return desk;
}
