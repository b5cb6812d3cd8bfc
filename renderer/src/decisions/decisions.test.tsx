import { screen, waitFor, within } from '@testing-library/react';
import type { ApplicationRow } from '../../../shared/contract/applications.ts';
import type { DueRow } from '../../../shared/contract/decisions.ts';
import { DomainError } from '../../../shared/contract/result.ts';
import { ADULT } from '../../../tests/support/people.ts';
import { decisionFile as file, HEAD, step } from '../test/decision-files.ts';
import { printedDocument } from '../test/fake-client.ts';
import { atWork, renderDesk, TERM_END, TODAY } from '../test/render.tsx';
import { readScannedRegNumber } from './scanner.ts';

const due = (over: Partial<DueRow>): DueRow => ({
  applicationId: 1,
  regNumber: '2026-0001',
  category: 'adult',
  applicantName: 'Қасымова Гүлнәр Әбілқызы',
  applicantIin: ADULT.iin,
  representativeName: null,
  status: 'accepted',
  acceptedAt: '2026-11-16T05:00:00.000Z',
  termEnd: '2026-11-26',
  daysLeft: 1,
  workingDaysLeft: 1,
  termState: 'tomorrow',
  letterPrinted: false,
  ...over,
});

const DUE = [
  due({
    applicationId: 7,
    regNumber: '2026-0007',
    termEnd: '2026-11-23',
    daysLeft: -2,
    termState: 'overdue',
    status: 'under_review',
  }),
  due({
    applicationId: 8,
    regNumber: '2026-0008',
    termEnd: '2026-11-24',
    daysLeft: -1,
    termState: 'overdue',
    status: 'approved',
    letterPrinted: true,
  }),
  due({ applicationId: 9, regNumber: '2026-0009', termEnd: TODAY, daysLeft: 0, termState: 'today' }),
  due({
    applicationId: 10,
    regNumber: '2026-0010',
    termEnd: '2026-12-01',
    daysLeft: 6,
    workingDaysLeft: 4,
    termState: 'this_week',
  }),
];

const asHead = {
  'session.current': () => atWork(HEAD),
  'session.users': () => [HEAD],
};

/** A language choice's options as a screen reader gets them: the language it reads each in, and the words. */
const ownNames = (select: HTMLElement) =>
  within(select)
    .getAllByRole('option')
    .map((o) => [o.getAttribute('lang'), o.textContent]);
const OWN_NAMES = [
  ['kk', 'Қазақ тілі'],
  ['ru', 'Русский язык'],
];

describe('the §7.1 term on the clerk’s start screen', () => {
  it('puts the overdue applications on top of the intake screen and on the navigation, and opens the list', async () => {
    const d = renderDesk({ 'decisions.due': () => ({ today: TODAY, rows: DUE }) });
    const banner = await screen.findByRole('alert');
    expect(banner).toHaveTextContent('Мерзімі өткен өтініштер: 2 — хабарлама әлі берілмеген');
    expect(banner).toHaveTextContent('Мерзімі бүгін бітетін өтініштер: 1');
    expect(screen.getByRole('button', { name: /Шешімдер.*мерзімі өткен: 2/ })).toBeInTheDocument();

    await d.user.click(within(banner).getByRole('button', { name: 'Мерзімдер тізімін ашу' }));
    const overdue = await screen.findByRole('region', { name: /Мерзімі өткен/ });
    expect(within(overdue).getAllByRole('row')).toHaveLength(3);
    expect(within(overdue).getByText('2 күн кешікті')).toHaveClass('term-overdue');
    expect(within(overdue).getByText('Басшының шешімін күтуде')).toBeInTheDocument();
    expect(within(overdue).getByText('Хат басылған — жіберу не қолма-қол беру керек')).toBeInTheDocument();
    const week = screen.getByRole('region', { name: /Алдағы 7 күн ішінде/ });
    expect(within(week).getByText('жұмыс күні: 4')).toBeInTheDocument();
  });

  it('shows no banner when nothing is overdue or due today', async () => {
    renderDesk({ 'decisions.due': () => ({ today: TODAY, rows: [DUE[3] as DueRow] }) });
    await screen.findByLabelText('ЖСН');
    expect(screen.queryByText(/Мерзімі өткен өтініштер/)).not.toBeInTheDocument();
  });
});

describe('the head’s decision in the panel (§17)', () => {
  it('refuses only on a ground of the standard, with the order and the explanation, and places a date error by its field', async () => {
    let refused = 0;
    const d = renderDesk({
      ...asHead,
      'decisions.due': () => ({ today: TODAY, rows: DUE }),
      'decisions.file': () => file({ moves: ['return_for_correction', 'approve', 'refuse'] }),
      'decisions.refuse': (input) => {
        refused++;
        if (refused === 1)
          throw new DomainError('date_out_of_range', {
            field: 'orderDate',
            date: input.orderDate,
            min: '2026-11-13',
            max: TODAY,
          });
        return file({ status: 'refused', moves: [] });
      },
    });
    await d.user.click(await screen.findByRole('button', { name: /Шешімдер/ }));
    await d.user.click(await screen.findByRole('button', { name: '2026-0007' }));
    await d.user.click(await screen.findByRole('radio', { name: 'Шешім: бас тартылды' }));
    const form = screen.getByRole('form', { name: 'Шешімді тіркеу: бас тарту' });
    await d.user.type(within(form).getByLabelText('Бұйрық нөмірі'), '146-ө');
    await d.user.click(within(form).getByRole('radio', { name: /2\) Құжаттардың дәйексіздігі/ }));
    await d.user.type(
      within(form).getByLabelText('Түсініктеме (хатқа жазылады)'),
      'Анықтама түпнұсқамен сәйкес емес',
    );
    // §17: the explanation's language is recorded with it (the office's letters' language unless changed).
    expect(within(form).getByLabelText('Түсініктеме жазылған тіл')).toHaveValue('kk');
    expect(ownNames(within(form).getByLabelText('Түсініктеме жазылған тіл'))).toEqual(OWN_NAMES);
    await d.user.click(within(form).getByRole('button', { name: 'Шешімді тіркеу: бас тарту' }));
    await waitFor(() => expect(d.inputsOf('decisions.refuse')).toHaveLength(1));
    expect(d.inputsOf('decisions.refuse')[0]).toEqual({
      applicationId: 7,
      orderNumber: '146-ө',
      orderDate: TODAY,
      ground: 'unreliable_documents',
      explanation: 'Анықтама түпнұсқамен сәйкес емес',
      explanationLang: 'kk',
    });
    expect(
      await within(form).findByText('Бұйрық күні: күні 13.11.2026 мен 25.11.2026 аралығында болуы керек'),
    ).toBeInTheDocument();

    await d.user.click(within(form).getByRole('button', { name: 'Шешімді тіркеу: бас тарту' }));
    expect(await screen.findByText('Қадам тіркелді')).toBeInTheDocument();
    expect(screen.getAllByText('шешім: бас тарту').length).toBeGreaterThan(0);
  });
});

describe('the clerk’s notification (§16)', () => {
  const decided = () =>
    file({
      status: 'approved',
      moves: ['send_by_post', 'hand_over'],
      decision: step({
        id: 2,
        move: 'approve',
        fromStatus: 'under_review',
        toStatus: 'approved',
        byName: HEAD.fullName,
        byRole: 'head',
        basisNumber: '145-ө',
        basisDate: TODAY,
        servicesFrom: '2026-12-01',
        socialWorker: 'Сания Омарова',
      }),
    });

  it('asks for the letter before the sending, prints it, and records the sending with the day', async () => {
    let current = decided();
    const letterDoc = printedDocument('notification', { layout: 'a4' });
    const d = renderDesk({
      'decisions.due': () => ({ today: TODAY, rows: DUE }),
      'decisions.file': () => current,
      'decisions.printLetter': () => {
        current = {
          ...current,
          letter: {
            id: 1,
            decisionStepId: 2,
            outNumber: '03-12/145',
            letterDate: TODAY,
            addresseeName: 'Қасымова Гүлнәр Әбілқызы',
            addresseeAddress: ADULT.address,
            addresseeRole: 'applicant',
            printed: [letterDoc],
          },
        };
        return letterDoc;
      },
      'decisions.markSent': () =>
        (current = { ...current, status: 'notified', moves: ['close'], servedInTerm: true }),
    });
    await d.user.click(await screen.findByRole('button', { name: /Шешімдер/ }));
    await d.user.click(await screen.findByRole('button', { name: '2026-0007' }));
    const post = await screen.findByRole('form', { name: 'Поштаға тапсырылды деп белгілеу' });
    expect(within(post).getByRole('button', { name: 'Поштаға тапсырылды деп белгілеу' })).toBeDisabled();
    expect(within(post).getByText('Алдымен хабарлама хатты басыңыз.')).toBeInTheDocument();

    // Issue 13: on a Kazakh screen "Русский язык" is read in Russian, each name in its own language.
    expect(ownNames(screen.getByLabelText('Хаттың тілі'))).toEqual(OWN_NAMES);
    await d.user.click(screen.getByRole('button', { name: 'Хабарлама хатты басу' }));
    await waitFor(() => expect(d.printed).toEqual([letterDoc.id]));
    expect(await screen.findByText(/Шығыс № 03-12\/145, 25.11.2026/)).toBeInTheDocument();
    const send = within(screen.getByRole('form', { name: 'Поштаға тапсырылды деп белгілеу' })).getByRole(
      'button',
      {
        name: 'Поштаға тапсырылды деп белгілеу',
      },
    );
    await waitFor(() => expect(send).toBeEnabled());
    await d.user.click(send);
    await waitFor(() =>
      expect(d.inputsOf('decisions.markSent')).toEqual([{ applicationId: 7, sentDate: TODAY }]),
    );
    expect(await screen.findByText('Мерзімінде көрсетілді (1.1 көрсеткіші)')).toBeInTheDocument();
  });

  it('prints the letter as the applicant asked unless the clerk chooses large or standard for this one (issue 13)', async () => {
    const letterDoc = printedDocument('notification', { layout: 'a5-large' });
    const d = renderDesk({
      'decisions.due': () => ({ today: TODAY, rows: DUE }),
      'decisions.file': () => decided(),
      'decisions.printLetter': () => letterDoc,
    });
    await d.user.click(await screen.findByRole('button', { name: /Шешімдер/ }));
    await d.user.click(await screen.findByRole('button', { name: '2026-0007' }));
    const size = await screen.findByLabelText('Қаріп');
    expect(size).toHaveDisplayValue('Өтініш беруші сұрағандай');
    await d.user.click(screen.getByRole('button', { name: 'Хабарлама хатты басу' }));
    await d.user.selectOptions(size, 'Кәдімгі (A4)');
    await d.user.click(screen.getByRole('button', { name: 'Хабарлама хатты басу' }));
    await waitFor(() =>
      expect(d.inputsOf('decisions.printLetter')).toEqual([
        { applicationId: 7, lang: 'kk' },
        { applicationId: 7, lang: 'kk', largePrint: false },
      ]),
    );
  });

  it('shows a corrected step struck through beside the correction that says why', async () => {
    renderDesk({
      'decisions.due': () => ({ today: TODAY, rows: DUE }),
      'decisions.file': () =>
        file({
          steps: [
            step({}),
            step({
              id: 2,
              move: 'approve',
              fromStatus: 'under_review',
              toStatus: 'approved',
              byRole: 'head',
              byName: HEAD.fullName,
              basisNumber: '145-ө',
              basisDate: TODAY,
              voidedBy: 3,
              voidReason: 'Басқа өтініш',
            }),
            step({
              id: 3,
              move: 'correction',
              fromStatus: 'approved',
              toStatus: 'under_review',
              byRole: 'head',
              byName: HEAD.fullName,
              reason: 'Басқа өтініш',
              correctsStepId: 2,
            }),
          ],
        }),
    });
    await screen.findByLabelText('ЖСН');
    screen.getByRole('button', { name: /Шешімдер/ }).click();
    (await screen.findByRole('button', { name: '2026-0007' })).click();
    const history = await screen.findByRole('table', { name: 'Қадамдар тарихы' });
    // Header, the acceptance, the start of the review, the voided decision, the correction.
    const [, , , voided, correction] = within(history).getAllByRole('row');
    if (!voided || !correction) throw new Error('history rows missing');
    expect(voided).toHaveClass('voided');
    expect(
      within(voided).getByText('Күшін жойған түзету 25.11.2026 10:30: Басқа өтініш'),
    ).toBeInTheDocument();
    expect(correction).toHaveClass('correction');
    expect(correction).toHaveTextContent('Түзету');
    expect(correction).toHaveTextContent('қате қадамның орнына');
    expect(correction).toHaveTextContent('Себебі: Басқа өтініш');
  });
});

describe('the in-person handover (§16) with the talon’s QR code', () => {
  it('reads the number a scanner typed in the Kazakh layout and opens the only application it names', async () => {
    const row: ApplicationRow = {
      id: 7,
      regNumber: '2026-0007',
      category: 'adult',
      applicantName: 'Қасымова Гүлнәр Әбілқызы',
      applicantIin: ADULT.iin,
      representativeName: null,
      status: 'approved',
      acceptedAt: '2026-11-13T05:00:00.000Z',
      termEnd: TERM_END,
      daysLeft: 12,
      termState: 'later',
    };
    const d = renderDesk({
      'decisions.due': () => ({ today: TODAY, rows: DUE }),
      'applications.search': ({ query }) =>
        query === '2026-0007'
          ? { rows: [row], total: 1, capped: false }
          : { rows: [], total: 0, capped: false },
      'decisions.file': () => file({ status: 'approved', moves: ['send_by_post', 'hand_over'] }),
    });
    await d.user.click(await screen.findByRole('button', { name: /Шешімдер/ }));
    await d.user.click(screen.getByRole('tab', { name: 'Қолма-қол беру' }));
    const search = screen.getByLabelText('ЖСН, аты-жөні, тіркеу нөмірі немесе талонның QR-коды');
    expect(search).toHaveFocus();
    // "2026-0007" through the Kazakh layout's digit row, then Enter, as the scanner sends it.
    await d.user.type(search, 'әқә,өқққ.{Enter}');
    await waitFor(() =>
      expect(d.inputsOf('applications.search')).toEqual([{ query: '2026-0007', limit: 20 }]),
    );
    expect(await screen.findByRole('form', { name: 'Қолма-қол берілгенін тіркеу' })).toBeInTheDocument();
    expect(
      screen.getByText('Хат тек тұтынушы өзі келгенде қолма-қол беріледі (16-тармақ).'),
    ).toBeInTheDocument();
  });

  it('knows a register number in both layouts and leaves names alone', () => {
    expect(readScannedRegNumber('2026-0001')).toBe('2026-0001');
    expect(readScannedRegNumber('әқә,өқққ"')).toBe('2026-0001');
    expect(readScannedRegNumber('ӘҚӘ,ӨҚҚҚ"')).toBe('2026-0001');
    expect(readScannedRegNumber('Қасымова')).toBeNull();
    expect(readScannedRegNumber('2026-001')).toBeNull();
  });

  it('records the queue ticket of a visitor the queue sent to collect the result (§7.3)', async () => {
    const d = renderDesk({
      'decisions.due': () => ({ today: TODAY, rows: DUE }),
      'decisions.file': () =>
        file({
          status: 'refused',
          moves: ['send_by_post', 'hand_over'],
          letter: {
            id: 1,
            decisionStepId: 2,
            outNumber: '1',
            letterDate: TODAY,
            addresseeName: 'Қасымова Гүлнәр Әбілқызы',
            addresseeAddress: ADULT.address,
            addresseeRole: 'applicant',
            printed: [printedDocument('notification')],
          },
        }),
      'decisions.handOver': () => file({ status: 'notified', moves: ['close'] }),
    });
    await screen.findByLabelText('ЖСН');
    await d.desk.decisions.getState().startHandover(7, 12);
    d.desk.session.getState().go('decisions');
    const form = await screen.findByRole('form', { name: 'Қолма-қол берілгенін тіркеу' });
    await d.user.click(within(form).getByRole('button', { name: 'Қолма-қол берілгенін тіркеу' }));
    await waitFor(() =>
      expect(d.inputsOf('decisions.handOver')).toEqual([
        { applicationId: 7, receivedBy: 'applicant', queueTicketId: 12 },
      ]),
    );
  });
});
