import { screen, waitFor, within } from '@testing-library/react';
import type { Output } from '../../../shared/contract/index.ts';
import { DomainError } from '../../../shared/contract/result.ts';
import type { OfficeSettings } from '../../../shared/contract/settings.ts';
import { OFFICE_DEFAULTS } from '../../../shared/standard/office-defaults.ts';
import type { Lang } from '../../../shared/standard/service-definition.ts';
import { atWork, CLERK, renderDesk } from '../test/render.tsx';

type Year = Output<'calendar.year'>;
type Correction = Year['corrections'][number];

/** A few days of 2026 as the main side answers them: library, rule and office rows. */
function year2026(corrections: Correction[]): Year {
  return {
    holidays: [
      {
        date: '2026-01-07',
        name: { kk: 'Православиелік Рождество', ru: 'Православное Рождество' },
        moves: false,
        estimated: false,
      },
      {
        date: '2026-03-22',
        name: { kk: 'Наурыз мейрамы', ru: 'Наурыз мейрамы' },
        moves: true,
        estimated: false,
      },
      { date: '2026-05-27', name: { kk: 'Құрбан айт', ru: 'Курбан-айт' }, moves: false, estimated: true },
      {
        date: '2026-12-16',
        name: { kk: 'Тәуелсіздік күні', ru: 'День независимости' },
        moves: true,
        estimated: false,
      },
    ],
    moves: [{ date: '2026-03-25', from: '2026-03-22', name: { kk: 'Наурыз мейрамы', ru: 'Наурыз мейрамы' } }],
    corrections,
    daysOff: [
      { date: '2026-01-07', source: 'library' },
      { date: '2026-03-22', source: 'library' },
      { date: '2026-03-25', source: 'rule' },
      { date: '2026-05-27', source: 'library' },
      { date: '2026-12-16', source: 'library' },
      ...corrections
        .filter((c) => c.kind === 'day_off')
        .map((c) => ({ date: c.date, source: 'office' as const })),
    ],
    workingWeekendDays: corrections
      .filter((c) => c.kind === 'working_day')
      .map((c) => ({ date: c.date, note: c.note })),
  };
}

const HEAD = { ...CLERK, id: 2, fullName: 'Болат Ерланұлы Сейтқали', role: 'head' as const };

function calendarDesk(lang: Lang = 'kk') {
  let saved: OfficeSettings = OFFICE_DEFAULTS;
  const corrections: Correction[] = [
    {
      date: '2026-05-08',
      kind: 'day_off',
      note: 'ҚР Үкіметінің 2025 жылғы 20 қыркүйектегі № 777 қаулысы',
      enteredAt: '2026-01-12T04:30:00.000Z',
      enteredBy: HEAD.fullName,
    },
  ];
  const d = renderDesk(
    {
      // The office's settings and calendar are the head's or the administrator's (permissions.ts).
      'session.current': () => atWork({ ...HEAD, language: lang }),
      'settings.get': () => saved,
      'settings.update': (input) => {
        if (input.office.timeZone === 'Mars/Base')
          throw new DomainError('invalid_input', undefined, [
            { path: 'office.timeZone', message: 'time_zone_unknown' },
          ]);
        saved = input as OfficeSettings;
        return saved;
      },
      'calendar.year': () => year2026(corrections),
      'calendar.setCorrection': (c) => {
        corrections.push({ ...c, enteredAt: '2026-11-25T05:00:00.000Z', enteredBy: HEAD.fullName });
        corrections.sort((a, b) => a.date.localeCompare(b.date));
        return c;
      },
      'calendar.removeCorrection': ({ date }) => {
        corrections.splice(
          corrections.findIndex((c) => c.date === date),
          1,
        );
        return { date };
      },
    },
    { lang },
  );
  return d;
}

/** The year's table as rows of [date, kind, name, source] texts. */
function yearRows(calendar: HTMLElement): string[][] {
  const table = within(calendar).getByRole('table');
  return within(table)
    .getAllByRole('row')
    .slice(1)
    .map((row) => [
      within(row).getByRole('rowheader').textContent ?? '',
      ...within(row)
        .getAllByRole('cell')
        .slice(0, 3)
        .map((c) => c.textContent ?? ''),
    ]);
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
    // The result's live region is there, empty, before the save: a screen reader reads its words.
    const result = screen.getByRole('button', { name: 'Сақтау' }).parentElement as HTMLElement;
    expect(within(result).getByRole('status')).toBeEmptyDOMElement();
    await d.user.click(screen.getByRole('button', { name: 'Сақтау' }));
    await waitFor(() => expect(within(result).getByRole('status')).toHaveTextContent('Баптаулар сақталды'));
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
      'calendar.year': () =>
        year2026([
          {
            date: '2026-12-19',
            kind: 'working_day',
            note: 'Қаулы',
            enteredAt: '2026-01-12T04:30:00.000Z',
            enteredBy: 'Болат',
          },
        ]),
    });
    await screen.findByLabelText('ЖСН');
    await d.user.click(screen.getByRole('button', { name: 'Баптаулар' }));
    expect(await screen.findByLabelText('Атауы (қазақша)')).toBeDisabled();
    expect(screen.getByLabelText('Талонның пішімі')).toBeDisabled();
    expect(screen.queryByRole('button', { name: 'Сақтау' })).toBeNull();
    expect(screen.getByText('Бұл баптауларды әкімші немесе бөлім бастығы өзгертеді')).toBeInTheDocument();
    const calendar = screen.getByRole('region', { name: 'Мекеменің жұмыс күнтізбесі' });
    expect(await within(calendar).findByText('Тәуелсіздік күні')).toBeInTheDocument();
    expect(yearRows(calendar)).toContainEqual([
      '19.12.2026 сенбі',
      'Жұмыс күні',
      '',
      'Қаулы — енгізген: Болат, 12.01.2026 09:30',
    ]);
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
    expect(
      await within(calendar).findByText(/^ҚР Үкіметінің 2026 жылғы қаулысы — енгізген: Болат/),
    ).toBeInTheDocument();

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
    await waitFor(() => expect(within(calendar).queryByText(/^ҚР Үкіметінің 2026 жылғы қаулысы/)).toBeNull());
  });

  it('shows the year day by day in Kazakh, each row with its source', async () => {
    const d = calendarDesk('kk');
    await openSettings(d);
    const calendar = screen.getByRole('region', { name: 'Мекеменің жұмыс күнтізбесі' });
    await within(calendar).findByText('Тәуелсіздік күні');
    expect(yearRows(calendar)).toEqual([
      [
        '07.01.2026 сәрсенбі',
        'Демалыс күні',
        'Православиелік Рождество',
        'Мерекелер тізімі (date-holidays); діни мереке — ауыстырылмайды (ЕК 84-бабының 5-тармағы)',
      ],
      [
        '22.03.2026 жексенбі',
        'Мереке күні',
        'Наурыз мейрамы',
        'Мерекелер тізімі (date-holidays кітапханасы)',
      ],
      [
        '25.03.2026 сәрсенбі',
        'Ауыстырылған демалыс күні',
        'Наурыз мейрамы: 22.03.2026 орнына',
        'Ауыстыру ережесі: мереке демалыс күніне түсті («Мерекелер туралы» Заңның 5-бабы, ЕК 85-бабы)',
      ],
      [
        '08.05.2026 жұма',
        'Демалыс күні',
        '',
        'ҚР Үкіметінің 2025 жылғы 20 қыркүйектегі № 777 қаулысы — енгізген: Болат Ерланұлы Сейтқали, 12.01.2026 09:30',
      ],
      [
        '27.05.2026 сәрсенбі',
        'Демалыс күні',
        'Құрбан айт',
        'Мерекелер тізімі (date-holidays); діни мереке — ауыстырылмайды (ЕК 84-бабының 5-тармағы) — күні болжамды: ресми жарияланған күнімен салыстырып, қажет болса түзету енгізіңіз',
      ],
      [
        '16.12.2026 сәрсенбі',
        'Мереке күні',
        'Тәуелсіздік күні',
        'Мерекелер тізімі (date-holidays кітапханасы)',
      ],
    ]);
    expect(calendar).not.toHaveTextContent(/Рождество Христово|Православное|День независимости/);
  });

  it('shows the same year in Russian to a user who reads Russian: names and sources', async () => {
    const d = calendarDesk('ru');
    await d.user.click(await screen.findByRole('button', { name: 'Настройки' }));
    const calendar = await screen.findByRole('region', { name: 'Рабочий календарь учреждения' });
    await within(calendar).findByText('День независимости');
    const rows = yearRows(calendar);
    expect(rows.map((r) => r[2])).toEqual([
      'Православное Рождество',
      'Наурыз мейрамы',
      'Наурыз мейрамы: за 22.03.2026',
      '',
      'Курбан-айт',
      'День независимости',
    ]);
    expect(rows[4]?.[3]).toMatch(/не переносится \(п\. 5 ст\. 84 ТК РК\) — дата предварительная: сверьте/);
    expect(rows[0]?.[3]).toBe(
      'Список праздников (date-holidays); религиозный праздник — не переносится (п. 5 ст. 84 ТК РК)',
    );
    expect(rows[2]?.[3]).toMatch(/^Правило переноса: праздник выпал на выходной/);
    expect(rows[3]?.[3]).toMatch(/№ 777 қаулысы — внёс\(ла\): Болат Ерланұлы Сейтқали, 12\.01\.2026 09:30$/);
    for (const r of rows) expect(r[3]).not.toBe('');
    expect(calendar).not.toHaveTextContent(/Тәуелсіздік|Православиелік/);
  });

  it('strikes out a holiday a decree made a working day, and says so', async () => {
    const d = renderDesk({
      'calendar.year': () => {
        const y = year2026([
          {
            date: '2026-03-25',
            kind: 'working_day',
            note: 'Қаулы № 5',
            enteredAt: '2026-01-12T04:30:00.000Z',
            enteredBy: 'Болат',
          },
        ]);
        return { ...y, daysOff: y.daysOff.filter((x) => x.date !== '2026-03-25') };
      },
    });
    await openSettings(d);
    const calendar = screen.getByRole('region', { name: 'Мекеменің жұмыс күнтізбесі' });
    const rule = (await within(calendar).findByText('Наурыз мейрамы: 22.03.2026 орнына')).closest('tr');
    expect(rule).toHaveClass('overridden');
    expect(rule).toHaveTextContent(/ЕК 85-бабы\) — түзетумен жұмыс күні/);
  });
});
