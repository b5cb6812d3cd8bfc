import { render, screen, within } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { useState } from 'react';
import { I18nextProvider } from 'react-i18next';
import type { Lang } from '../../../shared/standard/service-definition.ts';
import { createI18n } from '../i18n/index.ts';
import { DateField, MonthField } from './DateField.tsx';
import { FilePicker } from './FilePicker.tsx';

// Issue 11: the desk's dates are dd.mm.yyyy whatever the machine's locale, typed or picked.

function Harness({
  initial = '',
  month = false,
  seen,
}: {
  initial?: string;
  month?: boolean;
  seen: string[];
}) {
  const [value, setValue] = useState(initial);
  const onChange = (v: string) => {
    seen.push(v);
    setValue(v);
  };
  return month ? (
    <MonthField id="m" label="Ай" value={value} onChange={onChange} />
  ) : (
    <DateField id="d" label="Бұйрық күні" value={value} onChange={onChange} />
  );
}

function show(ui: React.ReactElement, lang: Lang = 'kk') {
  const user = userEvent.setup();
  render(<I18nextProvider i18n={createI18n(lang)}>{ui}</I18nextProvider>);
  return user;
}

describe('the date field', () => {
  it('reads 01.12.2026 as the first of December and hands on 2026-12-01', async () => {
    const seen: string[] = [];
    const user = show(<Harness seen={seen} />);
    const field = screen.getByLabelText('Бұйрық күні');
    expect(field).toHaveAttribute('placeholder', 'кк.аа.жжжж');
    await user.type(field, '01.12.2026');
    expect(seen.at(-1)).toBe('2026-12-01');
    expect(field).toHaveValue('01.12.2026');
    // Slashes, as an English-locale habit, are still day first: 12/01/2026 is 12 January.
    await user.clear(field);
    await user.type(field, '12/01/2026');
    await user.tab();
    expect(seen.at(-1)).toBe('2026-01-12');
    expect(field).toHaveValue('12.01.2026');
  });

  it('says what is wrong under the field, tied to it, and does not hand on a half date as a date', async () => {
    const seen: string[] = [];
    const user = show(<Harness seen={seen} />, 'ru');
    const field = screen.getByLabelText('Бұйрық күні');
    await user.type(field, '31.02.2026');
    await user.tab();
    expect(field).toHaveAccessibleDescription('Такой даты нет: 31.02.2026');
    expect(field).toHaveAttribute('aria-invalid', 'true');
    expect(seen.at(-1)).toBe('31.02.2026');
    await user.clear(field);
    await user.type(field, '1.12');
    await user.tab();
    expect(field).toHaveAccessibleDescription('Введите дату в виде дд.мм.гггг, например 01.12.2026');
  });

  it('shows a date set from outside as dd.mm.yyyy, and picks one from a calendar in our words', async () => {
    const seen: string[] = [];
    const user = show(<Harness initial="2026-12-01" seen={seen} />);
    const field = screen.getByLabelText('Бұйрық күні');
    expect(field).toHaveValue('01.12.2026');
    await user.click(screen.getByRole('button', { name: 'Күнтізбеден таңдау' }));
    const calendar = screen.getByRole('dialog', { name: 'желтоқсан 2026' });
    expect(
      within(calendar)
        .getAllByRole('columnheader')
        .map((h) => h.textContent),
    ).toEqual(['Дс', 'Сс', 'Ср', 'Бс', 'Жм', 'Сб', 'Жс']);
    // The keyboard lands on the chosen day; the arrows walk the days.
    expect(within(calendar).getByRole('button', { name: '01.12.2026' })).toHaveFocus();
    await user.keyboard('{ArrowDown}{ArrowRight}');
    expect(within(calendar).getByRole('button', { name: '09.12.2026' })).toHaveFocus();
    await user.click(within(calendar).getByRole('button', { name: 'Келесі ай' }));
    expect(screen.getByRole('dialog', { name: 'қаңтар 2027' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: '15.01.2027' }));
    expect(seen.at(-1)).toBe('2027-01-15');
    expect(field).toHaveValue('15.01.2027');
    expect(field).toHaveFocus();
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Күнтізбеден таңдау' }));
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(field).toHaveFocus();
  });
});

describe('the month field', () => {
  it('reads 12.2026, names the month, and steps to the one before', async () => {
    const seen: string[] = [];
    const user = show(<Harness month initial="2026-11" seen={seen} />, 'ru');
    const field = screen.getByLabelText('Ай');
    expect(field).toHaveValue('11.2026');
    await user.clear(field);
    await user.type(field, '12.2026');
    expect(seen.at(-1)).toBe('2026-12');
    expect(field).toHaveAccessibleDescription('декабрь 2026');
    await user.click(screen.getByRole('button', { name: 'Предыдущий месяц' }));
    expect(seen.at(-1)).toBe('2026-11');
    expect(field).toHaveValue('11.2026');
  });
});

describe('the file picker', () => {
  it('speaks kk/ru instead of the browser, and hands on what was picked', async () => {
    const picked: string[] = [];
    const user = show(
      <FilePicker
        id="f"
        label="Хаттың сканы"
        multiple
        chosen={[]}
        onPick={(list) => picked.push(...[...(list ?? [])].map((f) => f.name))}
      />,
    );
    const button = screen.getByRole('button', { name: 'Файлдарды таңдау…' });
    expect(button).toHaveAccessibleDescription('Файл таңдалмаған');
    await user.upload(
      screen.getByLabelText('Хаттың сканы'),
      new File(['%PDF'], 'hat.pdf', { type: 'application/pdf' }),
    );
    expect(picked).toEqual(['hat.pdf']);
  });
});

describe('the renderer', () => {
  it('has no input of the browser’s own date, month or file words outside these fields', () => {
    const sources = import.meta.glob<string>('../**/*.tsx', {
      query: '?raw',
      import: 'default',
      eager: true,
    });
    const offenders = Object.entries(sources)
      .filter(([file]) => !file.startsWith('./') && !file.endsWith('.test.tsx'))
      .filter(([, text]) => /type(?:=|: )["'](?:date|month|file)["']/.test(text))
      .map(([file]) => file);
    expect(offenders).toEqual([]);
    // The queue's statistics had both (day and month) before issue 11.
    expect(sources['../queue/QueueStatsView.tsx']).toContain('<MonthField');
    expect(sources['./FilePicker.tsx']).toContain('type="file"');
  });
});
