import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { User } from '../../../shared/contract/common.ts';
import type { ComplaintDetail, ComplaintRow } from '../../../shared/contract/complaints.ts';
import { DomainError } from '../../../shared/contract/result.ts';
import { ADULT } from '../../../tests/support/people.ts';
import { printedDocument } from '../test/fake-client.ts';
import { atWork, CLERK, renderDesk } from '../test/render.tsx';

const HEAD: User = {
  id: 2,
  login: 'b.seitkali',
  fullName: 'Бауыржан Сейтқали',
  role: 'head',
  language: 'kk',
};

const row = (over: Partial<ComplaintRow> = {}): ComplaintRow => ({
  id: 1,
  journalNumber: '2026/001',
  receivedAt: '2026-11-25T05:00:00.000Z',
  receivedDate: '2026-11-25',
  channel: 'email',
  addressee: 'head',
  complainantName: 'Қасымова Гүлнәр Әбілқызы',
  summary: 'Маман құжаттарды қабылдаудан негізсіз бас тартты.',
  termEnd: '2026-12-17',
  daysLeft: 22,
  state: 'under_review',
  justified: null,
  satisfied: null,
  answerDate: null,
  answerChannel: null,
  answeredLate: false,
  sentDate: null,
  courtDate: null,
  ...over,
});

const detail = (over: Partial<ComplaintDetail> = {}): ComplaintDetail => ({
  ...row(),
  language: 'kk',
  complainant: {
    name: 'Қасымова Гүлнәр Әбілқызы',
    iin: ADULT.iin,
    address: ADULT.address,
    postalAddress: null,
    email: 'gulnar@example.kz',
    phone: null,
  },
  application: null,
  employee: 'Нұрланова А. С.',
  registeredAt: '2026-11-25T05:00:00.000Z',
  registeredBy: CLERK.fullName,
  reviewTerm: { length: 15, unit: 'working' },
  outcome: null,
  dispatch: null,
  court: null,
  cancelledAt: null,
  cancelReason: null,
  hoursException: null,
  attachments: [],
  printed: [],
  ...over,
});

const SUMMARY = { open: 3, overdue: 2, dueToday: 0, today: '2026-11-25' };

async function openComplaints(d: ReturnType<typeof renderDesk>) {
  await screen.findByRole('navigation');
  await d.user.click(screen.getByRole('button', { name: /^Шағымдар/ }));
  return screen.findByRole('heading', { name: 'Шағымдар журналы' });
}

describe('the complaint journal', () => {
  it('lists complaints with the days left and the overdue ones marked, and filters by state', async () => {
    const d = renderDesk({
      'complaints.summary': () => SUMMARY,
      'complaints.journal': ({ status }) => ({
        rows:
          status === 'overdue'
            ? [row({ id: 2, journalNumber: '2026/002', daysLeft: -2, state: 'overdue' })]
            : [row(), row({ id: 2, journalNumber: '2026/002', daysLeft: -2, state: 'overdue' })],
        total: 2,
      }),
    });
    await openComplaints(d);
    const table = await screen.findByRole('table', { name: 'Шағымдар журналы' });
    expect(within(table).getAllByRole('row')).toHaveLength(3);
    expect(within(table).getByText('22 күн')).toBeInTheDocument();
    expect(within(table).getByText('2 күн кешікті')).toHaveClass('term-overdue');
    expect(within(table).getByText('мерзімі өтті')).toHaveClass('state-overdue');
    // The clerk sees the red count on the navigation, not the head's banner.
    expect(screen.getByRole('button', { name: /^Шағымдар/ })).toHaveTextContent('2');
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();

    await d.user.selectOptions(screen.getByLabelText('Күйі'), 'overdue');
    await waitFor(() => expect(d.inputsOf('complaints.journal').at(-1)).toMatchObject({ status: 'overdue' }));
    await waitFor(() => expect(within(screen.getByRole('table')).getAllByRole('row')).toHaveLength(2));
  });

  it('registers an e-mail complaint, attaches its scan and prints the tear-off talon', async () => {
    const talon = printedDocument('complaint_talon', { layout: 'a5' });
    const d = renderDesk({
      'complaints.summary': () => SUMMARY,
      'complaints.journal': () => ({ rows: [], total: 0 }),
      'complaints.termEnd': () => ({
        received: '2026-11-25',
        termEnd: '2026-12-17',
        reviewTerm: { length: 15, unit: 'working' },
      }),
      'complaints.register': () => detail(),
      'complaints.attach': (i) => ({
        id: 7,
        fileName: i.fileName,
        mimeType: 'image/png',
        size: 3,
        sha256: 'a'.repeat(64),
        addedAt: '2026-11-25T05:00:00.000Z',
        addedBy: CLERK.fullName,
        withdrawnAt: null,
        withdrawnBy: null,
        withdrawReason: null,
      }),
      'complaints.get': () => detail({ printed: [talon] }),
      'complaints.printTalon': () => talon,
    });
    await openComplaints(d);
    await d.user.click(screen.getByRole('button', { name: 'Шағымды тіркеу' }));
    expect(await screen.findByTestId('complaint-term-preview')).toHaveTextContent(
      'Қарау мерзімі: 17.12.2026 дейін (15 жұмыс күні)',
    );
    // Nothing chosen yet: the contract's own rules, shown at the fields, and nothing sent.
    await d.user.click(screen.getByRole('button', { name: 'Тіркеу және талонды басу' }));
    expect(await screen.findByText(/Шағымданушының аты-жөні: толтырыңыз/)).toBeInTheDocument();
    expect(d.inputsOf('complaints.register')).toEqual([]);

    await d.user.click(screen.getByRole('radio', { name: 'Электрондық пошта' }));
    await d.user.click(screen.getByRole('radio', { name: 'Бөлім бастығы' }));
    await d.user.type(screen.getByLabelText('Шағымданушының аты-жөні'), 'Қасымова Гүлнәр Әбілқызы');
    await d.user.type(screen.getByLabelText('Электрондық поштасы'), 'gulnar@example.kz');
    await d.user.type(
      screen.getByLabelText('Шағымның қысқаша мазмұны'),
      'Маман құжаттарды қабылдаудан бас тартты.',
    );
    const scan = new File([new Uint8Array([0x89, 0x50, 0x4e])], 'скан.png', { type: 'image/png' });
    const exe = new File([new Uint8Array([0x4d, 0x5a])], 'virus.exe', { type: 'application/x-msdownload' });
    // As a file dialog set to "all files" would give them: the picker's filter is no guard.
    fireEvent.change(screen.getByLabelText('Файл қосу'), { target: { files: [scan, exe] } });
    await d.user.click(screen.getByRole('button', { name: 'Тіркеу және талонды басу' }));

    expect(await screen.findByRole('heading', { name: 'Шағым № 2026/001' })).toBeInTheDocument();
    expect(d.inputsOf('complaints.register')).toEqual([
      {
        channel: 'email',
        addressee: 'head',
        complainant: {
          name: 'Қасымова Гүлнәр Әбілқызы',
          iin: '',
          // An answer by e-mail: no part of a postal address typed, none sent.
          address: null,
          postalAddress: null,
          email: 'gulnar@example.kz',
          phone: '',
        },
        applicationId: null,
        employee: '',
        summary: 'Маман құжаттарды қабылдаудан бас тартты.',
      },
    ]);
    // The scan went up as base64; the .exe never left the desk.
    expect(d.inputsOf('complaints.attach')).toEqual([
      { complaintId: 1, fileName: 'скан.png', mimeType: 'image/png', contentBase64: 'iVBO' },
    ]);
    expect(await screen.findByText(/«virus.exe»: мұндай файл қабылданбайды \(.exe\)/)).toBeInTheDocument();
    expect(d.inputsOf('complaints.printTalon')).toEqual([{ complaintId: 1 }]);
    expect(d.printed).toEqual([talon.id]);
    // The clerk does not record the outcome: the form is the head's and the deputy's.
    expect(
      screen.getByText(/Қарау нәтижесін тек бөлім бастығы немесе оның орынбасары енгізеді/),
    ).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Нәтижені сақтау' })).not.toBeInTheDocument();
  });
});

describe('the head and the deputy', () => {
  const asHead = { 'session.current': () => atWork(HEAD), 'session.users': () => [HEAD] };

  it('cannot miss overdue complaints: a banner on the start screen opens the overdue ones', async () => {
    const d = renderDesk({
      ...asHead,
      'complaints.summary': () => SUMMARY,
      'complaints.journal': () => ({ rows: [row({ daysLeft: -2, state: 'overdue' })], total: 1 }),
    });
    const banner = await screen.findByRole('alert');
    expect(banner).toHaveTextContent('Жауап мерзімі өткен шағымдар: 2');
    await d.user.click(within(banner).getByRole('button', { name: 'Шағымдар журналын ашу' }));
    expect(await screen.findByRole('heading', { name: 'Шағымдар журналы' })).toBeInTheDocument();
    await waitFor(() => expect(d.inputsOf('complaints.journal').at(-1)).toMatchObject({ status: 'overdue' }));
  });

  it('records a justified, satisfied outcome; "satisfied" is locked for an unjustified one', async () => {
    const answered = detail({
      state: 'answered',
      justified: true,
      satisfied: true,
      answerDate: '2026-11-25',
      answerChannel: 'email',
      outcome: {
        justified: true,
        satisfied: true,
        actionTaken: 'Маманға ескерту жасалды.',
        answerText: 'Шағымыңыз қанағаттандырылды.',
        answerDate: '2026-11-25',
        answerChannel: 'email',
        outgoingNumber: null,
        recordedAt: '2026-11-25T05:00:00.000Z',
        recordedBy: HEAD.fullName,
      },
    });
    const d = renderDesk({
      ...asHead,
      'complaints.summary': () => ({ ...SUMMARY, overdue: 0 }),
      'complaints.journal': () => ({ rows: [row()], total: 1 }),
      'complaints.get': () => detail(),
      'complaints.recordOutcome': (i) => {
        if (i.justified === false && i.satisfied) throw new DomainError('invalid_input');
        return answered;
      },
      'complaints.printAnswer': () => printedDocument('complaint_answer', { layout: 'a4' }),
    });
    await openComplaints(d);
    await d.user.click(await screen.findByRole('button', { name: '2026/001' }));
    await screen.findByRole('heading', { name: 'Шағым № 2026/001' });

    await d.user.click(screen.getByRole('radio', { name: 'Жоқ, негізсіз' }));
    expect(screen.getByRole('radio', { name: 'Иә, қанағаттандырылды' })).toBeDisabled();
    expect(screen.getByText('Тек негізді шағым қанағаттандырылады')).toBeInTheDocument();

    await d.user.click(screen.getByRole('radio', { name: 'Иә, негізді' }));
    await d.user.click(screen.getByRole('radio', { name: 'Иә, қанағаттандырылды' }));
    await d.user.type(screen.getByLabelText('Қабылданған шаралар'), 'Маманға ескерту жасалды.');
    await d.user.type(screen.getByLabelText('Жауап мәтіні (хатқа жазылады)'), 'Шағымыңыз қанағаттандырылды.');
    await d.user.click(screen.getByRole('radio', { name: 'Электрондық поштамен' }));
    await d.user.click(screen.getByRole('button', { name: 'Нәтижені сақтау' }));

    expect(d.inputsOf('complaints.recordOutcome')).toEqual([
      {
        id: 1,
        justified: true,
        satisfied: true,
        actionTaken: 'Маманға ескерту жасалды.',
        answerText: 'Шағымыңыз қанағаттандырылды.',
        answerChannel: 'email',
        outgoingNumber: '',
      },
    ]);
    const outcome = await screen.findByTestId('complaint-outcome');
    expect(outcome).toHaveTextContent('Негізді, қанағаттандырылды');
    // Nothing leaves the machine from this program: the e-mail is sent from the office's mail client.
    expect(screen.getByText(/Бағдарлама ешнәрсе жібермейді/)).toHaveTextContent('gulnar@example.kz');
    await d.user.click(screen.getByRole('button', { name: 'Жауап хатын басу (A4, терезелі конвертке)' }));
    expect(d.inputsOf('complaints.printAnswer')).toEqual([{ complaintId: 1, lang: 'kk' }]);
  });
});

describe('§10: a complaint registered outside the hours', () => {
  it('shows the refusal, asks for the reason, and registers with it; the view says why', async () => {
    const reason = 'Пошта, жұма';
    const d = renderDesk({
      'complaints.summary': () => SUMMARY,
      'complaints.journal': () => ({ rows: [], total: 0 }),
      'complaints.termEnd': () => ({
        received: '2026-11-28',
        termEnd: '2026-12-18',
        reviewTerm: { length: 15, unit: 'working' },
      }),
      'complaints.register': (i) => {
        if (!i.hoursException)
          throw new DomainError('outside_hours', { reason: 'after_close', open: '09:00', close: '18:00' });
        return detail({ hoursException: i.hoursException.reason });
      },
      'complaints.get': () => detail({ hoursException: reason }),
      'complaints.printTalon': () => printedDocument('complaint_talon'),
    });
    await openComplaints(d);
    await d.user.click(screen.getByRole('button', { name: 'Шағымды тіркеу' }));
    await d.user.click(await screen.findByRole('radio', { name: 'Электрондық пошта' }));
    await d.user.click(screen.getByRole('radio', { name: 'Бөлім бастығы' }));
    await d.user.type(screen.getByLabelText('Шағымданушының аты-жөні'), 'Қасымова');
    await d.user.type(screen.getByLabelText('Электрондық поштасы'), 'g@e.kz');
    await d.user.type(screen.getByLabelText('Шағымның қысқаша мазмұны'), 'Бас тартты.');
    await d.user.click(screen.getByRole('button', { name: 'Тіркеу және талонды басу' }));
    expect(await screen.findByText(/Қазір жұмыс уақыты емес \(09:00–18:00, §10\)/)).toBeInTheDocument();
    const field = screen.getByLabelText('Жұмыс уақытынан тыс тіркеу себебі');
    await waitFor(() => expect(field).toHaveFocus());
    await d.user.type(field, reason);
    await d.user.click(screen.getByRole('button', { name: 'Тіркеу және талонды басу' }));
    expect(await screen.findByTestId('hours-exception')).toHaveTextContent(
      `Жұмыс уақытынан тыс тіркелді: ${reason}`,
    );
    expect(d.inputsOf('complaints.register').map((i) => i.hoursException)).toEqual([undefined, { reason }]);
  });
});
