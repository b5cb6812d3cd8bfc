import { screen, waitFor, within } from '@testing-library/react';
import type { ApplicationDetail, ApplicationRow } from '../../../shared/contract/applications.ts';
import { ADULT, CHILD, MOTHER } from '../../../tests/support/people.ts';
import { printedDocument } from '../test/fake-client.ts';
import { renderDesk } from '../test/render.tsx';

const row = (over: Partial<ApplicationRow>): ApplicationRow => ({
  id: 1,
  regNumber: '2026-0001',
  category: 'adult',
  applicantName: 'Қасымова Гүлнәр Әбілқызы',
  applicantIin: ADULT.iin,
  representativeName: null,
  status: 'accepted',
  acceptedAt: '2026-11-20T05:00:00.000Z',
  termEnd: '2026-11-30',
  daysLeft: 5,
  termState: 'this_week',
  ...over,
});

const ROWS = [
  row({}),
  row({ id: 2, regNumber: '2026-0002', termEnd: '2026-11-23', daysLeft: -2, termState: 'overdue' }),
  row({
    id: 3,
    regNumber: '2026-0003',
    category: 'child',
    applicantName: 'Өмірбеков Ұлан Іңкәрұлы',
    applicantIin: CHILD.iin,
    representativeName: 'Өмірбекова Іңкәр Һадиқызы',
    termEnd: '2026-11-26',
    daysLeft: 1,
    termState: 'tomorrow',
  }),
];

async function openApplications(d: ReturnType<typeof renderDesk>) {
  await screen.findByLabelText('ЖСН');
  await d.user.click(screen.getByRole('button', { name: 'Өтініштер' }));
  return screen.findByLabelText('ЖСН, аты-жөні немесе тіркеу нөмірі бойынша іздеу');
}

describe('the applications register', () => {
  it('searches with what the clerk types and shows the days left coloured by urgency', async () => {
    const d = renderDesk({
      'applications.search': ({ query }) => {
        const rows = query
          ? ROWS.filter((r) => r.applicantName.toLowerCase().includes(query.toLowerCase()))
          : ROWS;
        return { rows, total: rows.length, capped: false };
      },
    });
    const search = await openApplications(d);
    expect(search).toHaveFocus();
    const table = await screen.findByRole('table');
    expect(within(table).getAllByRole('row')).toHaveLength(4);
    const overdue = within(table).getByText('2 күн кешікті');
    expect(overdue).toHaveClass('term-overdue');
    expect(within(table).getByText('ертең')).toHaveClass('term-tomorrow');
    expect(within(table).getByText('5 күн')).toHaveClass('term-this_week');
    expect(within(table).getByText('өкілі: Өмірбекова Іңкәр Һадиқызы')).toBeInTheDocument();

    await d.user.type(search, 'өмірбеков');
    await waitFor(() =>
      expect(d.inputsOf('applications.search').at(-1)).toEqual({ query: 'өмірбеков', limit: 50, offset: 0 }),
    );
    await waitFor(() => expect(within(screen.getByRole('table')).getAllByRole('row')).toHaveLength(2));
    expect(screen.getByText('Табылды: 1')).toBeInTheDocument();
  });

  it('opens an application with Enter: people, documents, printed papers, and reprints the talon', async () => {
    const detail: ApplicationDetail = {
      ...ROWS[2],
      applicant: { id: 3, ...CHILD, birthDate: '2016-09-03', sex: 'male', largePrint: false },
      representative: { id: 4, ...MOTHER, birthDate: '1990-02-17', sex: 'female' },
      acceptedBy: 'Айгерім Сапарқызы Нұрланова',
      standardVersion: '2008-352',
      documents: [
        { code: 'identity', item: 2, originalSeenReturned: true, copyReceived: true },
        { code: 'pmpk_conclusion', item: 9, originalSeenReturned: true, copyReceived: true },
      ],
      cancelledAt: null,
      cancelReason: null,
      hoursException: null,
    } as ApplicationDetail;
    const talon = printedDocument('talon');
    const d = renderDesk({
      'applications.search': () => ({ rows: ROWS, total: ROWS.length, capped: false }),
      'applications.get': () => detail,
      'documents.list': () => [talon],
    });
    await openApplications(d);
    const open = await screen.findByRole('button', { name: '2026-0003' });
    open.focus();
    await d.user.keyboard('{Enter}');
    expect(await screen.findByRole('heading', { name: 'Өтініш № 2026-0003' })).toBeInTheDocument();
    expect(d.inputsOf('applications.get')).toEqual([{ id: 3 }]);
    expect(d.inputsOf('documents.list')).toEqual([{ entity: 'application', entityId: 3 }]);
    expect(screen.getByRole('rowheader', { name: 'Туу туралы куәліктің көшірмесі' })).toBeInTheDocument();
    expect(screen.getByText(/анасы · Туу туралы куәлік № 0012345/)).toBeInTheDocument();
    await d.user.click(await screen.findByRole('button', { name: 'Ашу: Талон' }));
    expect(d.opened).toEqual([talon.id]);

    await d.user.click(screen.getByRole('button', { name: 'Талонды қайта басу' }));
    expect(d.inputsOf('intake.printTalon')).toEqual([{ applicationId: 3 }]);
    expect(await screen.findByText('Талон басып шығаруға жіберілді')).toBeInTheDocument();

    await d.user.keyboard('{Escape}');
    expect(await screen.findByLabelText('ЖСН, аты-жөні немесе тіркеу нөмірі бойынша іздеу')).toHaveFocus();
  });

  it("keeps the applicant's wish for large print from the file, and prints one talon in the other size (issue 13)", async () => {
    const detail = {
      ...ROWS[0],
      applicant: { id: 5, ...ADULT, birthDate: '1961-04-12', sex: 'female', largePrint: false },
      representative: null,
      acceptedBy: 'Айгерім Сапарқызы Нұрланова',
      standardVersion: '2008-352',
      documents: [],
      cancelledAt: null,
      cancelReason: null,
      hoursException: null,
    } as ApplicationDetail;
    const d = renderDesk({
      'applications.search': () => ({ rows: ROWS, total: ROWS.length, capped: false }),
      'applications.get': () => detail,
      'applicants.setLargePrint': ({ applicantId, largePrint }) => ({ applicantId, largePrint }),
    });
    await openApplications(d);
    await d.user.click(await screen.findByRole('button', { name: '2026-0001' }));
    const wish = await screen.findByRole('checkbox', { name: /^Ірі қаріп \(A5\)/ });
    expect(wish).not.toBeChecked();
    await d.user.click(screen.getByRole('button', { name: 'Ірі қаріппен басу (A5)' }));
    expect(d.inputsOf('intake.printTalon')).toEqual([{ applicationId: 1, largePrint: true }]);
    await d.user.click(wish);
    expect(d.inputsOf('applicants.setLargePrint')).toEqual([{ applicantId: 5, largePrint: true }]);
    expect(wish).toBeChecked();
    // Now large by default; the other button prints this one paper in the usual size.
    await d.user.click(screen.getByRole('button', { name: 'Талонды қайта басу' }));
    await d.user.click(screen.getByRole('button', { name: 'Кәдімгі қаріппен басу' }));
    expect(d.inputsOf('intake.printTalon').slice(1)).toEqual([
      { applicationId: 1 },
      { applicationId: 1, largePrint: false },
    ]);
  });

  it('pages 130 applications by fifty, newest first, with the count true (issue 11)', async () => {
    const many = Array.from({ length: 130 }, (_, i) =>
      row({ id: 130 - i, regNumber: `2026-${String(130 - i).padStart(4, '0')}` }),
    );
    const d = renderDesk({
      'applications.search': ({ limit = 100, offset = 0 }) => ({
        rows: many.slice(offset, offset + limit),
        total: many.length,
        capped: false,
      }),
    });
    await openApplications(d);
    expect(await screen.findByText('Табылды: 130')).toBeInTheDocument();
    expect(screen.getByText('1-бет, барлығы 3')).toBeInTheDocument();
    expect(within(screen.getByRole('table')).getAllByRole('row')).toHaveLength(51);
    const previous = screen.getByRole('button', { name: '← Алдыңғы' });
    const next = screen.getByRole('button', { name: 'Келесі →' });
    expect(previous).toBeDisabled();

    await d.user.click(next);
    expect(await screen.findByText('2-бет, барлығы 3')).toBeInTheDocument();
    expect(d.inputsOf('applications.search').at(-1)).toEqual({ query: '', limit: 50, offset: 50 });
    expect(screen.getByRole('button', { name: '2026-0080' })).toBeInTheDocument();
    await d.user.click(next);
    expect(await screen.findByText('3-бет, барлығы 3')).toBeInTheDocument();
    // Past 100: the last thirty, down to the first application, and nowhere further.
    expect(within(screen.getByRole('table')).getAllByRole('row')).toHaveLength(31);
    expect(screen.getByRole('button', { name: '2026-0001' })).toBeInTheDocument();
    expect(next).toBeDisabled();
    await d.user.click(previous);
    expect(await screen.findByText('2-бет, барлығы 3')).toBeInTheDocument();

    // A new query starts again from the first page.
    await d.user.type(
      screen.getByLabelText('ЖСН, аты-жөні немесе тіркеу нөмірі бойынша іздеу'),
      'қасым{Enter}',
    );
    await waitFor(() =>
      expect(d.inputsOf('applications.search').at(-1)).toEqual({ query: 'қасым', limit: 50, offset: 0 }),
    );
    expect(await screen.findByText('1-бет, барлығы 3')).toBeInTheDocument();
  });

  it('says "more than 500" where the count stops, and still pages on', async () => {
    const d = renderDesk({
      'applications.search': ({ offset = 0 }) => ({
        rows: Array.from({ length: 50 }, (_, i) =>
          row({ id: 10_000 - offset - i, regNumber: `2026-${10_000 - offset - i}` }),
        ),
        total: 500,
        capped: true,
      }),
    });
    await openApplications(d);
    expect(await screen.findByText('Табылды: 500-ден астам')).toBeInTheDocument();
    expect(screen.getByText('1-бет')).toBeInTheDocument();
    await d.user.click(screen.getByRole('button', { name: 'Келесі →' }));
    expect(await screen.findByText('2-бет')).toBeInTheDocument();
    expect(d.inputsOf('applications.search').at(-1)).toEqual({ query: '', limit: 50, offset: 50 });
  });
});
