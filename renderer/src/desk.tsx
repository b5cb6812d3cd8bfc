// The desk (created by create-desk.ts) handed down by context: its client, its i18n instance and
// a store per place, read in components through the hooks below.

import type { i18n as I18n } from 'i18next';
import { createContext, type ReactNode, use } from 'react';
import { I18nextProvider } from 'react-i18next';
import { useStore } from 'zustand';
import type { ApiClient } from './api/client.ts';
import type { ApplicationsState, ApplicationsStore } from './stores/applications.ts';
import type { AuditState, AuditStore } from './stores/audit.ts';
import type { BackupState, BackupStore } from './stores/backup.ts';
import type { ComplaintsStore } from './stores/complaints.ts';
import type { DecisionsState, DecisionsStore } from './stores/decisions.ts';
import type { IntakeState, IntakeStore } from './stores/intake.ts';
import type { QueueState, QueueStore } from './stores/queue.ts';
import type { ReportStore } from './stores/report.ts';
import type { SessionState, SessionStore } from './stores/session.ts';
import type { SettingsState, SettingsStore } from './stores/settings.ts';
import type { UsersState, UsersStore } from './stores/users.ts';

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
  audit: AuditStore;
  report: ReportStore;
  backup: BackupStore;
  queuePollMs: number;
}

/** The stores a place keeps for the person at the desk (places.tsx names each place's). */
export type PlaceStoreName = Exclude<
  { [K in keyof Desk]: Desk[K] extends { getInitialState(): unknown } ? K : never }[keyof Desk],
  'session'
>;

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
export const useAudit = <T,>(pick: (s: AuditState) => T): T => useStore(useDesk().audit, pick);
export const useBackup = <T,>(pick: (s: BackupState) => T): T => useStore(useDesk().backup, pick);
