// Every place of the desk, declared once, in the order of the navigation: its screen, the badge
// beside its name (a count that must not be missed), and the stores it keeps — forgotten when
// the person at the desk changes, so the next one sees nothing of the last one's work. The
// navigation (shell/Nav.tsx), the screen shown (App.tsx), the place a session can be in
// (stores/session.ts) and the forgetting on "change user" (create-desk.ts) are all read from
// here. A place's name in the navigation is the shell's text `places.<id>` (shell/texts.ts).

import type { ComponentType } from 'react';
import type { User } from '../../shared/contract/common.ts';
import type { PlaceStoreName } from './desk.tsx';
import { IntakeScreen } from './intake/IntakeScreen.tsx';
import { lazyPart, lazyPlace, preloadParts } from './ui/lazy-place.ts';

// Intake is the first screen; every other place is a chunk of its own, loaded when first opened
// or by preloadPlaces() once the first screen is up (issue 12: the first screen's code small).
const QueueScreen = lazyPlace(() => import('./queue/QueueScreen.tsx').then((m) => m.QueueScreen));
const ApplicationsScreen = lazyPlace(() =>
  import('./applications/ApplicationsScreen.tsx').then((m) => m.ApplicationsScreen),
);
const DecisionsScreen = lazyPlace(() =>
  import('./decisions/DecisionsScreen.tsx').then((m) => m.DecisionsScreen),
);
const ComplaintsScreen = lazyPlace(() =>
  import('./complaints/ComplaintsScreen.tsx').then((m) => m.ComplaintsScreen),
);
const ReportsScreen = lazyPlace(() => import('./reports/ReportsScreen.tsx').then((m) => m.ReportsScreen));
const SettingsScreen = lazyPlace(() => import('./settings/SettingsScreen.tsx').then((m) => m.SettingsScreen));
const AuditScreen = lazyPlace(() => import('./audit/AuditScreen.tsx').then((m) => m.AuditScreen));
// The badges beside the names in the navigation: their places' chunks (and texts) too.
const DueBadge = lazyPart(() => import('./decisions/OverdueBanner.tsx').then((m) => m.DueBadge));
const OverdueComplaintsBadge = lazyPart(() =>
  import('./complaints/OverdueComplaints.tsx').then((m) => m.OverdueComplaintsBadge),
);

interface OpenPlace {
  readonly id: string;
  readonly Screen: ComponentType;
  readonly Badge?: ComponentType;
  /** What the place holds for the person at the desk (a half-filled form, a found applicant…). */
  readonly stores: readonly PlaceStoreName[];
  /**
   * Only these roles see the place (the main side refuses the others anyway:
   * electron/kernel/permissions.ts); without it, everyone signed in.
   */
  readonly roles?: readonly User['role'][];
}

export const PLACES = [
  { id: 'queue', Screen: QueueScreen, stores: ['queue'] },
  { id: 'intake', Screen: IntakeScreen, stores: ['intake'] },
  { id: 'applications', Screen: ApplicationsScreen, stores: ['applications'] },
  { id: 'decisions', Screen: DecisionsScreen, Badge: DueBadge, stores: ['decisions'] },
  { id: 'complaints', Screen: ComplaintsScreen, Badge: OverdueComplaintsBadge, stores: ['complaints'] },
  { id: 'reports', Screen: ReportsScreen, stores: ['report'] },
  { id: 'settings', Screen: SettingsScreen, stores: ['settings', 'users', 'backup'] },
  // Law No. 94-V Art. 22: who saw and changed what — for those who answer for the office's data.
  { id: 'audit', Screen: AuditScreen, stores: ['audit'], roles: ['head', 'admin'] },
] as const satisfies readonly OpenPlace[];

type Entry = (typeof PLACES)[number];
type OpenEntry = Extract<Entry, { Screen: ComponentType }>;

export const isOpen = (entry: Entry): entry is OpenEntry => 'Screen' in entry;

/** The places that can be opened. */
export const OPEN_PLACES: readonly OpenEntry[] = PLACES.filter(isOpen);

/** A place that can be opened. */
export type Place = OpenEntry['id'];

/** Whether a person of this role may open the place (and sees it in the navigation). */
export function placeAllowed(entry: Entry, role: User['role'] | undefined): boolean {
  return !('roles' in entry) || (role !== undefined && (entry.roles as readonly string[]).includes(role));
}

/** Loads every place's chunk and part (after the first screen is up; the UI tests before they start). */
export function preloadPlaces(): Promise<unknown> {
  return Promise.all([
    ...OPEN_PLACES.map((p) => ('preload' in p.Screen ? p.Screen.preload() : null)),
    preloadParts(),
  ]);
}
