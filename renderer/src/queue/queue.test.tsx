import { act, screen, within } from '@testing-library/react';
import type { ApplicationDetail } from '../../../shared/contract/applications.ts';
import type { Board, IssuedTicket, QueueStats, Ticket } from '../../../shared/contract/queue.ts';
import { DomainError } from '../../../shared/contract/result.ts';
import { OFFICE_DEFAULTS } from '../../../shared/standard/office-defaults.ts';
import { definitionFor } from '../../../shared/standard/service-definition.ts';
import { ADULT } from '../../../tests/support/people.ts';
import { intakeInputOf } from '../intake/draft.ts';
import { printedDocument } from '../test/fake-client.ts';
import { renderDesk, TODAY } from '../test/render.tsx';

const iso = (hhmm: string) => new Date(`${TODAY}T${hhmm}:00+05:00`).toISOString();

function ticket(over: Partial<Ticket> & Pick<Ticket, 'id' | 'number' | 'purpose'>): Ticket {
  return {
    status: 'waiting',
    localDate: TODAY,
    issuedAt: iso('09:30'),
    callCount: 0,
    firstCalledAt: null,
    lastCalledAt: null,
    startedAt: null,
    endedAt: null,
    closedAt: null,
    closeReason: null,
    cancelledAt: null,
    cancelReason: null,
    calledBy: null,
    applicationId: null,
    regNumber: null,
    turnedAway: 0,
    limitMinutes: 20,
    waitMinutes: 0,
    level: 'ok',
    serviceMinutes: null,
    ...over,
  };
}

const A1 = ticket({ id: 1, number: 'A-001', purpose: 'hand_in', waitMinutes: 30.4, level: 'breach' });
const B1 = ticket({ id: 2, number: 'B-001', purpose: 'collect', waitMinutes: 16, level: 'near' });
const A2 = ticket({ id: 3, number: 'A-002', purpose: 'hand_in', waitMinutes: 2.5 });

function board(over: Partial<Board> = {}): Board {
  return {
    now: iso('10:00'),
    today: TODAY,
    phase: 'open',
    hours: { open: '09:00', close: '18:00', lunchFrom: '13:00', lunchTo: '14:00' },
    dayClosed: false,
    room: '8',
    limits: { handIn: 20, collect: 20 },
    noShowAfterCalls: 3,
    closedNow: 0,
    mine: null,
    others: [],
    waiting: [A1, B1, A2],
    done: [],
    ...over,
  };
}

/** A small main side: the board changes as the clerk acts on it. */
function liveQueue(first: Board = board()) {
  let b = first;
  const called = (t: Ticket, calls: number): Ticket => ({
    ...t,
    status: 'called',
    callCount: calls,
    lastCalledAt: iso('10:00'),
  });
  return {
    get board() {
      return b;
    },
    handlers: {
      'queue.board': () => b,
      'queue.callNext': () => {
        const [next, ...rest] = b.waiting;
        if (!next) return { ticket: null, alreadyCalled: false };
        b = { ...b, mine: called(next, 1), waiting: rest };
        return { ticket: b.mine, alreadyCalled: false };
      },
      'queue.recall': () => {
        b = { ...b, mine: called(b.mine as Ticket, (b.mine as Ticket).callCount + 1) };
        return b.mine as Ticket;
      },
      'queue.noShow': () => {
        const done = { ...(b.mine as Ticket), status: 'no_show' as const };
        b = { ...b, mine: null, done: [done, ...b.done] };
        return done;
      },
      'queue.start': () => {
        b = { ...b, mine: { ...(b.mine as Ticket), status: 'serving', startedAt: iso('10:01') } };
        return b.mine as Ticket;
      },
      'queue.finish': () => {
        const done = { ...(b.mine as Ticket), status: 'served' as const };
        b = { ...b, mine: null, done: [done, ...b.done] };
        return done;
      },
    },
  };
}

const ISSUED: IssuedTicket = {
  ...ticket({ id: 9, number: 'A-003', purpose: 'hand_in', issuedAt: iso('10:00') }),
  ahead: 3,
  estimate: { minutes: 40, expectedAt: iso('10:40'), afterClosing: false, basis: 'usual' },
};

async function openQueue(d: ReturnType<typeof renderDesk>) {
  await d.user.click(await screen.findByRole('button', { name: 'Кезек' }));
  return screen.findByRole('heading', { name: 'Кезек', level: 1 });
}

/** Calls A-001 and starts its service with the queue's keys (F2, F3): the intake opens. */
async function serveFirstByKeys() {
  const d = renderDesk(liveQueue().handlers);
  await openQueue(d);
  // The queue's keys are the F-keys of the desk's one map, not the intake's Alt+digits.
  await d.user.keyboard('{F2}');
  await screen.findByTestId('my-ticket');
  await d.user.keyboard('{F3}');
  expect(await screen.findByRole('heading', { name: 'Құжаттарды қабылдау' })).toBeInTheDocument();
  return d;
}

describe('the queue board', () => {
  it('shows who waits and for how long, warns near the 20-minute limit and marks a breach past it', async () => {
    const d = renderDesk(liveQueue().handlers);
    await openQueue(d);
    const table = await screen.findByRole('table', { name: 'Күтуде: 3' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((r) => r.textContent)).toEqual([
      expect.stringMatching(/A-001.*Құжаттарды тапсыру.*30 мин.*шектен асты/),
      expect.stringMatching(/B-001.*Нәтижені алу.*16 мин.*шекке жақын/),
      expect.stringMatching(/A-002.*2 мин.*шекте/),
    ]);
    expect(rows[0]).toHaveClass('wait-breach');
    expect(screen.getByTestId('queue-phase')).toHaveTextContent('Қабылдау жүріп жатыр: 09:00–18:00');
  });

  it('calls the next visitor, and keeps "did not come" locked until the office’s third call', async () => {
    const q = liveQueue();
    const d = renderDesk(q.handlers);
    await openQueue(d);
    await d.user.click(await screen.findByRole('button', { name: /Келесіні шақыру/ }));
    expect(await screen.findByTestId('my-ticket')).toHaveTextContent('A-001');
    const noShow = screen.getByRole('button', { name: /Келмеді/ });
    const recall = screen.getByRole('button', { name: /Қайта шақыру/ });
    expect(noShow).toBeDisabled();
    expect(screen.getByText('«Келмеді» 3 шақырудан кейін белгіленеді')).toBeInTheDocument();
    await d.user.click(recall);
    await d.user.click(await screen.findByRole('button', { name: /Қайта шақыру/ }));
    const visitor = screen.getByRole('region', { name: 'Шақыру' });
    expect(await within(visitor).findByText(/Шақыру: 3 \/ 3/)).toBeInTheDocument();
    // Each call is said too, by the desk's live region (issue 13), the third as the first.
    expect(screen.getByTestId('announcer')).toHaveTextContent(
      'Шақырылды: A-001 · Құжаттарды тапсыру · Шақыру: 3 / 3',
    );
    expect(screen.getByTestId('announcer')).toHaveAttribute('role', 'status');
    expect(screen.getByRole('button', { name: /Қайта шақыру/ })).toBeDisabled();
    await d.user.click(screen.getByRole('button', { name: /Келмеді/ }));
    expect(d.inputsOf('queue.noShow')).toEqual([{ ticketId: 1 }]);
    expect(await screen.findByRole('button', { name: /Келесіні шақыру/ })).toBeEnabled();
  });

  it('opens intake with a "hand in documents" ticket attached, and the intake sends the ticket', async () => {
    const q = liveQueue();
    const d = renderDesk(q.handlers);
    await openQueue(d);
    await d.user.click(await screen.findByRole('button', { name: /Келесіні шақыру/ }));
    await d.user.click(await screen.findByRole('button', { name: /Келді — бастау/ }));
    expect(await screen.findByRole('heading', { name: 'Құжаттарды қабылдау' })).toBeInTheDocument();
    const bar = screen.getByTestId('serving-bar');
    expect(bar).toHaveTextContent('A-001');
    expect(bar).toHaveTextContent('талон осы қабылдауға тіркелді');
    const state = d.desk.intake.getState();
    expect(state.queueTicket).toEqual({ id: 1, number: 'A-001' });
    expect(intakeInputOf(definitionFor(TODAY), state)).toMatchObject({ queueTicketId: 1 });
    // The service ends from the bar; the form lets go of the ticket.
    await d.user.click(within(bar).getByRole('button', { name: 'Қызмет көрсетуді аяқтау' }));
    expect(d.inputsOf('queue.finish')).toEqual([{ ticketId: 1 }]);
    expect(d.desk.intake.getState().queueTicket).toBeNull();
    expect(screen.queryByTestId('serving-bar')).not.toBeInTheDocument();
  });

  it('after the talon, finishes the served ticket first: Enter ends the service, the next Enter a new walk-in', async () => {
    const d = await serveFirstByKeys();
    act(() =>
      d.desk.intake.setState({
        phase: 'accepted',
        accepted: {
          applicationId: 41,
          regNumber: '2026-0041',
          acceptedAt: iso('10:20'),
          acceptedDate: TODAY,
          termEnd: '2026-12-07',
          attemptId: 1,
          talon: null,
        },
      }),
    );
    const finish = await screen.findByRole('button', { name: 'A-001 талонына қызмет көрсетуді аяқтау' });
    expect(finish).toHaveFocus();
    expect(screen.getByRole('button', { name: 'Келесі өтініш беруші' })).not.toHaveClass('primary');
    await d.user.keyboard('{Enter}');
    expect(d.inputsOf('queue.finish')).toEqual([{ ticketId: 1 }]);
    const next = await screen.findByRole('button', { name: 'Келесі өтініш беруші' });
    expect(next).toHaveFocus();
    expect(
      screen.queryByRole('button', { name: /талонына қызмет көрсетуді аяқтау/ }),
    ).not.toBeInTheDocument();
  });

  it('finishes the served ticket with F9 from the intake, where the Alt+digits belong to the form', async () => {
    const d = await serveFirstByKeys();
    await d.user.keyboard('{Alt>}7{/Alt}');
    expect(d.inputsOf('queue.finish')).toEqual([]);
    await d.user.keyboard('{F9}');
    expect(d.inputsOf('queue.finish')).toEqual([{ ticketId: 1 }]);
  });

  it('opens the applications search for a "collect result" visitor, hands over through decisions, links the application', async () => {
    const q = liveQueue(board({ waiting: [B1] }));
    const detail = {
      id: 41,
      regNumber: '2026-0041',
      category: 'adult',
      applicantName: 'Қасымова Гүлнәр Әбілқызы',
      applicantIin: ADULT.iin,
      representativeName: null,
      status: 'accepted',
      acceptedAt: iso('09:10'),
      termEnd: '2026-12-07',
      daysLeft: 12,
      termState: 'later',
      applicant: { id: 3, ...ADULT, birthDate: '1961-04-12', sex: 'female', largePrint: false },
      representative: null,
      acceptedBy: 'Айгерім Сапарқызы Нұрланова',
      standardVersion: '2008-352',
      documents: [],
      cancelledAt: null,
      cancelReason: null,
      hoursException: null,
    } as ApplicationDetail;
    const d = renderDesk({ ...q.handlers, 'applications.get': () => detail });
    await openQueue(d);
    await d.user.click(await screen.findByRole('button', { name: /Келесіні шақыру/ }));
    await d.user.click(await screen.findByRole('button', { name: /Келді — бастау/ }));
    expect(
      await screen.findByLabelText('ЖСН, аты-жөні немесе тіркеу нөмірі бойынша іздеу'),
    ).toBeInTheDocument();
    // The clerk finds the application and opens it.
    await act(() => d.desk.applications.getState().open(41));
    // The notification is handed over in the decisions place, which records the ticket (§16).
    await d.user.click(
      within(await screen.findByTestId('serving-bar')).getByRole('button', {
        name: /Хабарламаны қолма-қол беру/,
      }),
    );
    expect(d.desk.session.getState().place).toBe('decisions');
    expect(d.desk.decisions.getState().handoverTicketId).toBe(2);
    const bar = await screen.findByTestId('serving-bar');
    await d.user.click(within(bar).getByRole('button', { name: /2026-0041 өтінішімен аяқтау/ }));
    expect(d.inputsOf('queue.finish')).toEqual([{ ticketId: 2, applicationId: 41 }]);
  });

  it('shows the ticket on screen in large type when no receipt printer is set, and prints it when one is', async () => {
    const d = renderDesk({ ...liveQueue().handlers, 'queue.issue': () => ISSUED });
    await openQueue(d);
    await d.user.click(screen.getByRole('button', { name: /A Құжаттарды тапсыру/ }));
    expect(await screen.findByTestId('issued-number')).toHaveTextContent('A-003');
    expect(screen.getByText('Алдында: 3 адам')).toBeInTheDocument();
    expect(screen.getByText('Күту шамамен 40 мин, шақыру шамамен 10:40')).toBeInTheDocument();
    expect(screen.getByText(/Чек принтері көрсетілмеген/)).toBeInTheDocument();
    expect(d.printed).toEqual([]);
  });

  it('sends the ticket to the receipt printer when one is set', async () => {
    const doc = printedDocument('queue_ticket', { layout: 'receipt80' });
    const d = renderDesk({
      ...liveQueue().handlers,
      'queue.issue': () => ISSUED,
      'queue.printTicket': () => doc,
      'settings.get': () => ({
        ...OFFICE_DEFAULTS,
        printing: { ...OFFICE_DEFAULTS.printing, receiptPrinter: 'XP-80' },
      }),
    });
    await openQueue(d);
    await d.user.click(screen.getByRole('button', { name: /B Нәтижені алу/ }));
    expect(await screen.findByText('Талон чек принтеріне жіберілді')).toBeInTheDocument();
    expect(d.inputsOf('queue.printTicket')).toEqual([{ ticketId: ISSUED.id }]);
    expect(d.printed).toEqual([doc.id]);
  });

  it('prints an A5 large-print ticket when the visitor asks (Alt+L), even with no receipt printer, then goes back to the roll', async () => {
    const large = printedDocument('queue_ticket', { id: 31, layout: 'a5-large' });
    const d = renderDesk({
      ...liveQueue().handlers,
      'queue.issue': () => ISSUED,
      'queue.printTicket': () => large,
    });
    await openQueue(d);
    const toggle = screen.getByRole('button', { name: /Ірі қаріппен \(A5\)/ });
    expect(toggle).toHaveAttribute('aria-pressed', 'false');
    expect(toggle).toHaveAccessibleDescription('Келуші сұраса: талон A5 парағына ірі қаріппен басылады');
    await d.user.keyboard('{Alt>}l{/Alt}');
    expect(toggle).toHaveAttribute('aria-pressed', 'true');
    await d.user.click(screen.getByRole('button', { name: /A Құжаттарды тапсыру/ }));
    expect(await screen.findByTestId('issued-number')).toHaveTextContent('A-003');
    expect(d.inputsOf('queue.printTicket')).toEqual([{ ticketId: ISSUED.id, largePrint: true }]);
    expect(d.printed).toEqual([large.id]);
    // One ticket at a time: the next visitor gets the usual ticket unless they ask too.
    expect(toggle).toHaveAttribute('aria-pressed', 'false');
    await d.user.click(screen.getByRole('button', { name: 'Ірі қаріппен басу (A5)' }));
    expect(d.inputsOf('queue.printTicket')).toHaveLength(2);
  });

  it('says in the clerk’s language why a call was refused, e.g. the lunch break (§10)', async () => {
    const d = renderDesk({
      ...liveQueue().handlers,
      'queue.callNext': () => {
        throw new DomainError('queue_lunch', { from: '13:00', to: '14:00' });
      },
    });
    await openQueue(d);
    await d.user.click(await screen.findByRole('button', { name: /Келесіні шақыру/ }));
    expect(await screen.findByText('Түскі үзіліс 13:00–14:00: шақыру тоқтатылған (§10)')).toBeInTheDocument();
  });

  it('closes the day before 18:00 only with a reason', async () => {
    const d = renderDesk({
      ...liveQueue().handlers,
      'queue.closeDay': () => ({ closed: 3, localDate: TODAY }),
    });
    await openQueue(d);
    await d.user.click(await screen.findByRole('button', { name: 'Күнді жабу…' }));
    const confirm = screen.getByRole('button', { name: 'Күнді жабуды растау' });
    expect(confirm).toBeDisabled();
    await d.user.type(screen.getByLabelText('Ерте жабу себебі'), 'Жарық өшті');
    await d.user.click(confirm);
    expect(d.inputsOf('queue.closeDay')).toEqual([{ reason: 'Жарық өшті' }]);
    expect(await screen.findByText('Күн жабылды: 3 талон жабылды')).toBeInTheDocument();
  });

  it('shows the day’s statistics by purpose with indicator 1.2', async () => {
    const f = (over: Partial<QueueStats['total']>): QueueStats['total'] => ({
      issued: 0,
      served: 0,
      noShows: 0,
      closedUnserved: 0,
      cancelled: 0,
      open: 0,
      waits: 0,
      medianWaitMinutes: null,
      p90WaitMinutes: null,
      withinLimitShare: null,
      withinIndicatorShare: null,
      breaches: 0,
      medianServiceMinutes: null,
      ...over,
    });
    const stats: QueueStats = {
      from: TODAY,
      to: TODAY,
      limits: { handIn: 20, collect: 20 },
      indicatorMinutes: 40,
      total: f({ issued: 13, withinIndicatorShare: 11 / 12, medianWaitMinutes: 10, p90WaitMinutes: 35 }),
      byPurpose: { hand_in: f({ issued: 7, withinIndicatorShare: 1 }), collect: f({ issued: 6 }) },
      breaches: [
        { number: 'B-004', localDate: TODAY, purpose: 'collect', waitMinutes: 30, limitMinutes: 20 },
      ],
    };
    const d = renderDesk({ ...liveQueue().handlers, 'queue.stats': () => stats });
    await openQueue(d);
    await d.user.click(screen.getByRole('tab', { name: 'Статистика' }));
    const row = await screen.findByRole('row', { name: /1.2-көрсеткіш/ });
    expect(row).toHaveTextContent(/100 %.*—.*91,7 %/);
    expect(screen.getByRole('row', { name: /Берілген талондар/ })).toHaveTextContent(/7.*6.*13/);
    expect(screen.getByText('B-004')).toBeInTheDocument();
    expect(d.inputsOf('queue.stats')).toEqual([{ from: TODAY, to: TODAY }]);
  });
});
