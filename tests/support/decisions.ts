// The office's people for the decision tests and an application walked to any state after the
// talon. The test desk's first user is its administrator (first start); a clerk, the head and
// the deputy are created next to it, and each test signs in as whoever makes the step.

import type { User } from '../../shared/contract/common.ts';
import type { Input } from '../../shared/contract/index.ts';
import type { ApplicationStatus } from '../../shared/domain/application-states.ts';
import { TEST_PASSWORD, type TestDesk } from './context.ts';
import { adultIntake, childIntake } from './people.ts';

export interface Staff {
  admin: User;
  clerk: User;
  head: User;
  deputy: User;
}

export async function hireStaff(desk: TestDesk): Promise<Staff> {
  const admin = (await desk.ok('session.current', {})) as User;
  const clerk = await desk.ok('users.create', {
    login: 'saule',
    fullName: 'Сәуле Қайратқызы Әлиева',
    role: 'clerk',
    language: 'kk',
    password: TEST_PASSWORD,
  });
  const head = await desk.ok('users.create', {
    login: 'bolat',
    fullName: 'Болат Серікұлы Жақсылықов',
    role: 'head',
    language: 'ru',
    password: TEST_PASSWORD,
  });
  const deputy = await desk.ok('users.create', {
    login: 'zhanar',
    fullName: 'Жанар Төлегенқызы Мұратова',
    role: 'deputy',
    language: 'kk',
    password: TEST_PASSWORD,
  });
  return { admin, clerk, head, deputy };
}

export async function signInAs(desk: TestDesk, user: User): Promise<void> {
  await desk.signInAs(user);
}

export const APPROVAL = {
  orderNumber: '145-ө',
  orderDate: '2026-11-27',
  servicesFrom: '2026-12-01',
  socialWorker: 'Сания Бекқызы Омарова',
  serviceUnit: 'Үйде әлеуметтік көмек көрсету бөлімшесі № 1',
} as const;

export const REFUSAL = {
  orderNumber: '146-ө',
  orderDate: '2026-11-27',
  ground: 'unreliable_documents',
  explanation: 'Мүгедектік туралы анықтама үзіндісінің көшірмесі түпнұсқамен сәйкес келмейді.',
  explanationLang: 'kk',
} as const;

/** Friday 27.11.2026, 11:00 in the office: the day the head decides in these tests. */
export const DECISION_DAY = '2026-11-27T06:00:00.000Z';

/**
 * An application accepted on the desk's clock and walked to `status` by the people who may make
 * each step; the desk is left signed in as the clerk on the decision day.
 */
export async function applicationIn(
  desk: TestDesk,
  staff: Staff,
  status: ApplicationStatus,
  opts: { child?: boolean; decision?: 'approve' | 'refuse'; intake?: Partial<Input<'intake.accept'>> } = {},
): Promise<number> {
  await signInAs(desk, staff.clerk);
  const { applicationId } = await desk.ok(
    'intake.accept',
    opts.child ? childIntake(opts.intake) : adultIntake(opts.intake),
  );
  const at = { applicationId };
  if (status === 'accepted') return applicationId;
  if (status === 'cancelled') {
    await desk.ok('applications.cancel', { id: applicationId, reason: 'Қате тіркелген' });
    return applicationId;
  }
  desk.clock.set(DECISION_DAY);
  await desk.ok('decisions.startReview', at);
  if (status === 'under_review') return applicationId;
  await signInAs(desk, staff.head);
  if (status === 'returned') {
    await desk.ok('decisions.returnForCorrection', { ...at, reason: 'Тұрғылықты жерден анықтама ескірген' });
    await signInAs(desk, staff.clerk);
    return applicationId;
  }
  const decision = opts.decision ?? (status === 'refused' ? 'refuse' : 'approve');
  if (decision === 'approve') await desk.ok('decisions.approve', { ...at, ...APPROVAL });
  else await desk.ok('decisions.refuse', { ...at, ...REFUSAL });
  await signInAs(desk, staff.clerk);
  if (status === 'approved' || status === 'refused') return applicationId;
  await desk.ok('decisions.printLetter', at);
  await desk.ok('decisions.markSent', at);
  if (status === 'notified') return applicationId;
  await desk.ok('decisions.close', at);
  return applicationId;
}
