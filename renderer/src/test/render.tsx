// Mounts the whole desk against a fake main side: a signed-in clerk on Wednesday 25.11.2026
// (the same fixed day as tests/support), unless a test answers the channels differently.

import { render } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import type { User } from '../../../shared/contract/common.ts';
import type { SignedIn } from '../../../shared/contract/session.ts';
import { OFFICE_DEFAULTS } from '../../../shared/standard/office-defaults.ts';
import type { Lang } from '../../../shared/standard/service-definition.ts';
import { App } from '../App.tsx';
import { createDesk } from '../create-desk.ts';
import { DeskProvider } from '../desk.tsx';
import { createI18n } from '../i18n/index.ts';
import { type FakeHandlers, fakeMain, printedDocument } from './fake-client.ts';

export const CLERK: User = {
  id: 1,
  login: 'a.nurlanova',
  fullName: 'Айгерім Сапарқызы Нұрланова',
  role: 'clerk',
  language: 'kk',
};

/** A user as the main side answers a sign-in: at work, not locked, with their own password. */
export const atWork = (user: User): SignedIn => ({ ...user, mustChangePassword: false, locked: false });

export const TODAY = '2026-11-25';
export const TERM_END = '2026-12-07';

function deskHandlers(language: Lang = 'kk'): FakeHandlers {
  const clerk = { ...CLERK, language };
  return {
    'session.current': () => atWork(clerk),
    'session.users': () => [clerk],
    'session.signIn': () => atWork(clerk),
    'session.setLanguage': ({ language }) => ({ ...clerk, language }),
    'settings.get': () => OFFICE_DEFAULTS,
    'calendar.termEnd': () => ({ accepted: TODAY, termEnd: TERM_END, length: 10, unit: 'calendar' }),
    // Settings → Calendar shows an empty year unless a test gives it days.
    'calendar.year': () => ({
      holidays: [],
      moves: [],
      corrections: [],
      daysOff: [],
      workingWeekendDays: [],
    }),
    'people.lookup': () => ({ applicant: null, representative: null, applications: [] }),
    'applications.search': () => ({ rows: [], total: 0, capped: false }),
    'intake.printTalon': () => printedDocument('talon'),
    'intake.printMissingList': () => printedDocument('missing_list'),
    'intake.printConsentForm': () => printedDocument('consent_form'),
    'documents.list': () => [],
    'documents.unprinted': () => ({ talons: [], complaintTalons: [], missingLists: [] }),
    'queue.forApplication': () => [],
    'decisions.due': () => ({ today: TODAY, rows: [] }),
    // The automatic backups are fresh unless a test says otherwise (the start screen warns).
    'backup.status': () => ({
      folder: 'E:\\Qabyldau',
      folderReachable: true,
      lastGoodAt: '2026-11-25T04:00:00.000Z',
      warn: false,
    }),
  };
}

export function renderDesk(
  handlers: FakeHandlers = {},
  opts: { lang?: Lang; door?: 'ipc' | 'browser' } = {},
) {
  const main = fakeMain({ ...deskHandlers(opts.lang), ...handlers }, opts.door);
  // The queue board is asked once when opened; a test asks again by acting, not by waiting.
  const desk = createDesk(main.client, createI18n('kk'), { searchDelayMs: 0, queuePollMs: 0 });
  const user = userEvent.setup();
  const view = render(
    <DeskProvider desk={desk}>
      <App />
    </DeskProvider>,
  );
  return { ...view, ...main, desk, user };
}
