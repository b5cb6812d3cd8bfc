import { screen, waitFor, within } from '@testing-library/react';
import type { DecisionFile, DueRow } from '../../../shared/contract/decisions.ts';
import { decisionFile, HEAD } from '../test/decision-files.ts';
import { atWork, CLERK, renderDesk, TODAY } from '../test/render.tsx';

// Issue 11: an overdue file tells whoever opens it what they can do now.

/** Accepted on 28.10, term 10.11: 15 days past it on 25.11, and never passed to the head. */
const LATE: Partial<DecisionFile> = {
  status: 'accepted',
  steps: [],
  termEnd: '2026-11-10',
  daysLeft: -15,
  termState: 'overdue',
};
const row: DueRow = {
  applicationId: 7,
  regNumber: '2026-0007',
  category: 'adult',
  applicantName: 'Қасымова Гүлнәр Әбілқызы',
  applicantIin: '650314400829',
  representativeName: null,
  status: 'accepted',
  acceptedAt: '2026-10-28T05:00:00.000Z',
  termEnd: '2026-11-10',
  daysLeft: -15,
  workingDaysLeft: -11,
  termState: 'overdue',
  letterPrinted: false,
};

async function openAs(user: typeof HEAD, file: DecisionFile) {
  const d = renderDesk({
    'session.current': () => atWork(user),
    'session.users': () => [user],
    'decisions.due': () => ({ today: TODAY, rows: [{ ...row, status: file.status }] }),
    'decisions.file': () => file,
  });
  await d.user.click(within(await screen.findByRole('alert')).getByRole('button', { name: /Мерзімдер/ }));
  await d.user.click(await screen.findByRole('button', { name: '2026-0007' }));
  return { d, next: await screen.findByTestId('next-step') };
}

describe('the next step on an overdue file, for each role', () => {
  it('tells the head that the clerk has not passed the accepted file on, with no button she cannot use', async () => {
    const { next } = await openAs(HEAD, decisionFile({ ...LATE, moves: [] }));
    expect(next).toHaveTextContent('15 күн кешікті');
    expect(next).toHaveTextContent(
      `Істі басшыға қарауға маман береді (${CLERK.fullName} қабылдаған), ол әлі берілмеген: маманға қазір беруін айтыңыз.`,
    );
    expect(within(next).queryByRole('button')).not.toBeInTheDocument();
    expect(next).not.toHaveTextContent('Хабарламаны маман тіркейді');
  });

  it('gives the clerk the step itself: passing the file on, one click to its form', async () => {
    const { d, next } = await openAs(CLERK, decisionFile({ ...LATE, moves: ['start_review'] }));
    expect(next).toHaveTextContent('Қазір сіздің қадамыңыз: істі басшыға қарауға беріңіз.');
    await d.user.click(within(next).getByRole('button', { name: 'Басшыға беру' }));
    const form = screen.getByRole('form', { name: 'Басшыға қарауға беру' });
    await waitFor(() => expect(form).toContainElement(document.activeElement as HTMLElement));
  });

  it('takes the head to the decision on an overdue file under review, and tells the clerk who decides', async () => {
    const review = { ...LATE, status: 'under_review' as const };
    const { d, next } = await openAs(
      HEAD,
      decisionFile({ ...review, moves: ['return_for_correction', 'approve', 'refuse'] }),
    );
    expect(next).toHaveTextContent('шешім қабылдаңыз — қызмет көрсетілсін не бас тартылсын (17-тармақ)');
    await d.user.click(within(next).getByRole('button', { name: 'Шешімге өту' }));
    expect(screen.getByRole('radio', { name: 'Шешім: қызмет көрсетілсін' })).toHaveFocus();
    d.unmount();

    const clerk = await openAs(CLERK, decisionFile({ ...review, moves: [] }));
    expect(clerk.next).toHaveTextContent(
      'Шешімді бөлім бастығы немесе орынбасары қабылдайды: оларға мерзімді еске салыңыз.',
    );
    expect(within(clerk.next).queryByRole('button')).not.toBeInTheDocument();
  });
});
