// One desk = the API client, the i18n instance and a store per place, created together and
// handed down by context, so every test mounts a fresh desk with its own fake client.

import type { i18n as I18n } from 'i18next';
import { createContext, type ReactNode, use } from 'react';
import { I18nextProvider } from 'react-i18next';
import { useStore } from 'zustand';
import type { ApiClient } from './api/client.ts';
import { type ComplaintsState, type ComplaintsStore, createComplaintsStore } from './complaints/store.ts';
import { createDecisionsStore, type DecisionsState, type DecisionsStore } from './decisions/store.ts';
import {
  type ApplicationsState,
  type ApplicationsStore,
  createApplicationsStore,
} from './stores/applications.ts';
import { createIntakeStore, type IntakeState, type IntakeStore } from './stores/intake.ts';
import { createQueueStore, type QueueState, type QueueStore } from './stores/queue.ts';
import { createSessionStore, type SessionState, type SessionStore } from './stores/session.ts';
import { createSettingsStore, type SettingsState, type SettingsStore } from './stores/settings.ts';

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
  queuePollMs: number;
}

export interface DeskOptions {
  /** Pause after the last keystroke before the applications search asks the main side. */
  searchDelayMs?: number;
  /** How often the queue board is asked again while it is on screen; 0: only when opened. */
  queuePollMs?: number;
}

export function createDesk(api: ApiClient, i18n: I18n, options: DeskOptions = {}): Desk {
  const session = createSessionStore(api, i18n);
  const intake = createIntakeStore(api);
  const applications = createApplicationsStore(api, options.searchDelayMs ?? 300);
  const decisions = createDecisionsStore(api);
  return {
    api,
    i18n,
    session,
    intake,
    applications,
    settings: createSettingsStore(api, (office) => session.getState().officeChanged(office)),
    decisions,
    complaints: createComplaintsStore(api),
    queue: createQueueStore(api, {
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
    }),
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
export const useComplaints = <T,>(pick: (s: ComplaintsState) => T): T => useStore(useDesk().complaints, pick);
