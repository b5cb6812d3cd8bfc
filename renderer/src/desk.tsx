// One desk = the API client, the i18n instance and a store per place, created together and
// handed down by context, so every test mounts a fresh desk with its own fake client.

import type { i18n as I18n } from 'i18next';
import { createContext, type ReactNode, use } from 'react';
import { I18nextProvider } from 'react-i18next';
import { type StoreApi, useStore } from 'zustand';
import type { ApiClient } from './api/client.ts';
import {
  type ApplicationsState,
  type ApplicationsStore,
  createApplicationsStore,
} from './stores/applications.ts';
import { type ComplaintsStore, createComplaintsStore } from './stores/complaints.ts';
import { createDecisionsStore, type DecisionsState, type DecisionsStore } from './stores/decisions.ts';
import { createIntakeStore, type IntakeState, type IntakeStore } from './stores/intake.ts';
import { createQueueStore, type QueueState, type QueueStore } from './stores/queue.ts';
import { createSessionStore, type SessionState, type SessionStore } from './stores/session.ts';
import { createSettingsStore, type SettingsState, type SettingsStore } from './stores/settings.ts';
import { createUsersStore, type UsersState, type UsersStore } from './stores/users.ts';

export interface Desk {
  api: ApiClient;
  i18n: I18n;
  session: SessionStore;
  intake: IntakeStore;
  applications: ApplicationsStore;
  settings: SettingsStore;
  decisions: DecisionsStore;
  complaints: ComplaintsStore;
  queue: QueueStore;
  users: UsersStore;
  queuePollMs: number;
}

export interface DeskOptions {
  /** Pause after the last keystroke before the applications search asks the main side. */
  searchDelayMs?: number;
  /** How often the queue board is asked again while it is on screen; 0: only when opened. */
  queuePollMs?: number;
}

export function createDesk(api: ApiClient, i18n: I18n, options: DeskOptions = {}): Desk {
  // When the person at the desk signs out, every place forgets what it held for them: the next
  // person must not see a half-filled intake, a found applicant or an open complaint.
  const session = createSessionStore(api, i18n, () => {
    for (const forget of personal) forget();
  });
  const intake = createIntakeStore(api);
  const applications = createApplicationsStore(api, options.searchDelayMs ?? 300);
  const decisions = createDecisionsStore(api);
  const settings = createSettingsStore(api, (office) => session.getState().officeChanged(office));
  const complaints = createComplaintsStore(api);
  const users = createUsersStore(api);
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
  const personal = [intake, applications, decisions, settings, complaints, queue, users].map(
    (store) => () => (store as StoreApi<unknown>).setState(store.getInitialState(), true),
  );
  return {
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
    queuePollMs: options.queuePollMs ?? 5000,
  };
}

const DeskContext = createContext<Desk | null>(null);

export function DeskProvider({ desk, children }: { desk: Desk; children: ReactNode }) {
  return (
    <DeskContext value={desk}>
      <I18nextProvider i18n={desk.i18n}>{children}</I18nextProvider>
    </DeskContext>
  );
}

export function useDesk(): Desk {
  const desk = use(DeskContext);
  if (!desk) throw new Error('useDesk outside <DeskProvider>');
  return desk;
}

export const useSession = <T,>(pick: (s: SessionState) => T): T => useStore(useDesk().session, pick);
export const useIntake = <T,>(pick: (s: IntakeState) => T): T => useStore(useDesk().intake, pick);
export const useApplications = <T,>(pick: (s: ApplicationsState) => T): T =>
  useStore(useDesk().applications, pick);
export const useSettings = <T,>(pick: (s: SettingsState) => T): T => useStore(useDesk().settings, pick);
export const useQueue = <T,>(pick: (s: QueueState) => T): T => useStore(useDesk().queue, pick);
export const useDecisions = <T,>(pick: (s: DecisionsState) => T): T => useStore(useDesk().decisions, pick);
export const useUsers = <T,>(pick: (s: UsersState) => T): T => useStore(useDesk().users, pick);
