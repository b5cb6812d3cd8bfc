import { screen, within } from '@testing-library/react';
import { DomainError } from '../../../shared/contract/result.ts';
import type { CalendarCorrection, OfficeSettings } from '../../../shared/contract/settings.ts';
import { OFFICE_DEFAULTS } from '../../../shared/standard/office-defaults.ts';
import { atWork, CLERK, renderDesk } from '../test/render.tsx';

function calendarDesk() {
  let saved: OfficeSettings = OFFICE_DEFAULTS;
  const corrections: CalendarCorrection[] = [];
  const d = renderDesk({
    // The office's settings and calendar are the head's or the administrator's (permissions.ts).
    'session.current': () => atWork({ ...CLERK, role: 'head' }),
    'settings.get': () => saved,
    'settings.update': (input) => {
      if (input.office.timeZone === 'Mars/Base')
        throw new DomainError('invalid_input', undefined, [
          { path: 'office.timeZone', message: 'time_zone_unknown' },
        ]);
      saved = input as OfficeSettings;
      return saved;
    },
    'calendar.year': ({ year }) => ({
      daysOff: [
        { date: `${year}-12-16`, name: 'Тәуелсіздік күні', source: 'library' },
        ...corrections
          .filter((c) => c.kind === 'day_off')
          .map((c) => ({ date: c.date, name: c.note, source: 'office' as const })),
      ],
      workingWeekendDays: corrections
        .filter((c) => c.kind === 'working_day')
        .map((c) => ({ date: c.date, note: c.note })),
      corrections,
    }),
    'calendar.setCorrection': (c) => {
      corrections.push({ ...c });
      return c;
    },
    'calendar.removeCorrection': ({ date }) => {
      corrections.splice(
        corrections.findIndex((c) => c.date === date),
        1,
      );
      return { date };
    },
  });
  return d;
}

async function openSettings(d: ReturnType<typeof renderDesk>) {
  await screen.findByLabelText('ЖСН');
  await d.user.click(screen.getByRole('button', { name: 'Баптаулар' }));
  return screen.findByLabelText('Атауы (қазақша)');
}

describe('settings', () => {
  it('saves the office details and printing preferences, and the header follows', async () => {
    const d = calendarDesk();
    const name = await openSettings(d);
    await d.user.clear(name);
    await d.user.type(name, 'Жамбыл ауданы, № 8 кабинет');
    await d.user.selectOptions(screen.getByLabelText('Талонның пішімі'), 'receipt80');
    await d.user.selectOptions(screen.getByLabelText('Құжаттардың әдепкі тілі'), 'ru');
    await d.user.click(screen.getByLabelText('Диалогсыз басу'));
    // The office's window envelope, for every letter that goes by post.
    await d.user.selectOptions(screen.getByLabelText('Терезелі конверт'), 'c5_6');
    await d.user.selectOptions(screen.getByLabelText('Терезе'), 'right');
    await d.user.click(screen.getByRole('button', { name: 'Сақтау' }));
    expect(await screen.findByText('Баптаулар сақталды')).toBeInTheDocument();
    expect(d.inputsOf('settings.update')[0]).toMatchObject({
      office: { name: { kk: 'Жамбыл ауданы, № 8 кабинет' } },
      printing: { talonLayout: 'receipt80', silent: true },
      letters: { window: { envelope: 'c5_6', side: 'right' } },
      documentLanguage: 'ru',
      security: { idleLockMinutes: 10 },
    });
    expect(screen.getByRole('banner')).toHaveTextContent('Жамбыл ауданы, № 8 кабинет');
  });

  it('sets after how many idle minutes the screen locks', async () => {
    const d = calendarDesk();
    await openSettings(d);
    const minutes = screen.getByLabelText('Экран неше минут әрекетсіз тұрғанда құлыпталады');
    await d.user.clear(minutes);
    await d.user.type(minutes, '5');
    await d.user.click(screen.getByRole('button', { name: 'Сақтау' }));
    expect(await screen.findByText('Баптаулар сақталды')).toBeInTheDocument();
    expect(d.inputsOf('settings.update')[0]?.security).toEqual({ idleLockMinutes: 5 });
  });

  it('leaves the office settings and the calendar to the administrator and the head: a clerk only sees them', async () => {
    const d = renderDesk({
      'calendar.year': () => ({
        daysOff: [{ date: '2026-12-16', name: 'Тәуелсіздік күні', source: 'library' }],
        workingWeekendDays: [],
        corrections: [{ date: '2026-12-19', kind: 'working_day', note: 'Қаулы' }],
      }),
    });
    await screen.findByLabelText('ЖСН');
    await d.user.click(screen.getByRole('button', { name: 'Баптаулар' }));
    expect(await screen.findByLabelText('Атауы (қазақша)')).toBeDisabled();
    expect(screen.getByLabelText('Талонның пішімі')).toBeDisabled();
    expect(screen.queryByRole('button', { name: 'Сақтау' })).toBeNull();
    expect(screen.getByText('Бұл баптауларды әкімші немесе бөлім бастығы өзгертеді')).toBeInTheDocument();
    const calendar = screen.getByRole('region', { name: 'Мекеменің жұмыс күнтізбесі' });
    expect(await within(calendar).findByText('Тәуелсіздік күні')).toBeInTheDocument();
    expect(within(calendar).getByText(/Жұмыс күні — Қаулы/)).toBeInTheDocument();
    // The main side refuses a clerk's correction: the form is not offered at all.
    expect(within(calendar).queryByRole('button', { name: 'Түзету қосу' })).toBeNull();
    expect(within(calendar).queryByRole('button', { name: /Алып тастау/ })).toBeNull();
  });

  it('lets the head change the office settings and the calendar', async () => {
    const d = calendarDesk();
    await openSettings(d);
    expect(screen.getByLabelText('Атауы (қазақша)')).toBeEnabled();
    const calendar = screen.getByRole('region', { name: 'Мекеменің жұмыс күнтізбесі' });
    expect(within(calendar).getByRole('button', { name: 'Түзету қосу' })).toBeEnabled();
  });

  it('shows an unknown time zone at its field', async () => {
    const d = calendarDesk();
    await openSettings(d);
    const zone = screen.getByLabelText('Уақыт белдеуі (IANA)');
    await d.user.clear(zone);
    await d.user.type(zone, 'Mars/Base');
    await d.user.click(screen.getByRole('button', { name: 'Сақтау' }));
    expect(await screen.findByText(/Уақыт белдеуі \(IANA\): мұндай уақыт белдеуі жоқ/)).toBeInTheDocument();
    expect(zone).toHaveAttribute('aria-invalid', 'true');
  });

  it('records a government transfer of a day off, and withdraws it with a reason', async () => {
    const d = calendarDesk();
    await openSettings(d);
    const calendar = screen.getByRole('region', { name: 'Мекеменің жұмыс күнтізбесі' });
    expect(await within(calendar).findByText('Тәуелсіздік күні')).toBeInTheDocument();
    expect(d.inputsOf('calendar.year')).toEqual([{ year: 2026 }]);

    await d.user.type(within(calendar).getByLabelText('Күні'), '2026-12-19');
    await d.user.selectOptions(within(calendar).getByLabelText('Түрі'), 'working_day');
    await d.user.type(within(calendar).getByLabelText(/Негіздемесі/), 'ҚР Үкіметінің 2026 жылғы қаулысы');
    await d.user.click(within(calendar).getByRole('button', { name: 'Түзету қосу' }));
    expect(d.inputsOf('calendar.setCorrection')).toEqual([
      { date: '2026-12-19', kind: 'working_day', note: 'ҚР Үкіметінің 2026 жылғы қаулысы' },
    ]);
    expect(await within(calendar).findByText(/Жұмыс күні — ҚР Үкіметінің/)).toBeInTheDocument();

    await d.user.click(within(calendar).getByRole('button', { name: 'Алып тастау: 19.12.2026' }));
    await d.user.click(within(calendar).getByRole('button', { name: 'Алып тастауды растау' }));
    expect(within(calendar).getByLabelText(/түзетуін алып тастау себебі/)).toHaveAccessibleDescription(
      /толтырыңыз/,
    );
    expect(d.inputsOf('calendar.removeCorrection')).toHaveLength(0);
    await d.user.type(within(calendar).getByLabelText(/түзетуін алып тастау себебі/), 'қате енгізілді');
    await d.user.click(within(calendar).getByRole('button', { name: 'Алып тастауды растау' }));
    expect(d.inputsOf('calendar.removeCorrection')).toEqual([
      { date: '2026-12-19', reason: 'қате енгізілді' },
    ]);
    expect(await within(calendar).findByText('Түзетулер жоқ')).toBeInTheDocument();
  });
});
