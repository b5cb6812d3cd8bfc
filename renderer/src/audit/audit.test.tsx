// The audit viewer on screen: only the head and the administrator see it; the filter as typed
// (a person, dd.mm.yyyy dates, a record by its number, reads or changes) goes to the main side
// as the contract's filter; a wrong date is said in words and nothing is asked; pages and export.

import { screen, waitFor, within } from '@testing-library/react';
import type { AuditEntry } from '../../../shared/contract/audit.ts';
import type { User } from '../../../shared/contract/common.ts';
import { atWork, CLERK, renderDesk } from '../test/render.tsx';

const HEAD: User = {
  id: 2,
  login: 'g.seitkali',
  fullName: 'Гүлнар Маратқызы Сейтқали',
  role: 'head',
  language: 'ru',
};

const row = (over: Partial<AuditEntry>): AuditEntry => ({
  id: 1,
  at: '2026-11-25T05:10:00.000Z',
  userId: CLERK.id,
  userName: CLERK.fullName,
  door: 'ipc',
  osUser: null,
  kind: 'read',
  action: 'applications.get',
  entity: 'application',
  entityId: 7,
  before: null,
  after: { regNumber: '2026-0007' },
  ...over,
});

const ROWS = [
  row({
    id: 3,
    at: '2026-11-25T06:00:00.000Z',
    door: 'cli',
    osUser: 'it-admin',
    kind: 'write',
    action: 'settings.update',
    entity: 'settings',
    entityId: null,
    after: { office: {} },
  }),
  row({
    id: 2,
    kind: 'refused',
    action: 'audit.list',
    entity: 'audit_log',
    entityId: null,
    after: { role: 'clerk' },
  }),
  row({ id: 1 }),
];

function headDesk(total = ROWS.length) {
  return renderDesk(
    {
      'session.current': () => atWork(HEAD),
      'session.users': () => [HEAD, CLERK],
      'audit.people': () => [
        { id: CLERK.id, fullName: CLERK.fullName, login: CLERK.login },
        { id: HEAD.id, fullName: HEAD.fullName, login: HEAD.login },
      ],
      'audit.list': () => ({ rows: ROWS, total, capped: false }),
      'audit.export': ({ format }) => ({
        fileName: `zhurnal-deistvii-2026-11-25.${format}`,
        rows: 3,
        contentBase64: 'QQ==',
      }),
    },
    { lang: 'ru' },
  );
}

async function openAudit(d: ReturnType<typeof renderDesk>) {
  await d.user.click(await screen.findByRole('button', { name: 'Журнал действий' }));
  return screen.findByRole('table', { name: 'Журнал действий' });
}

describe('the audit viewer', () => {
  it('is not in a clerk’s navigation', async () => {
    renderDesk();
    await screen.findByLabelText('ЖСН');
    expect(screen.queryByRole('button', { name: 'Әрекеттер журналы' })).toBeNull();
    expect(screen.getByRole('button', { name: 'Баптаулар' })).toBeTruthy();
  });

  it('shows the head who, when, through which door (and the OS account) did what, newest first', async () => {
    const d = headDesk();
    const table = await openAudit(d);
    const lines = within(table).getAllByRole('row').slice(1);
    expect(lines.map((l) => l.textContent)).toEqual([
      expect.stringMatching(
        /25\.11\.2026 11:00.*Нұрланова.*командная строка.*ОС: it-admin.*изменение.*settings\.update/,
      ),
      expect.stringMatching(/отказано.*audit\.list/),
      expect.stringMatching(/просмотр.*applications\.get.*заявление #7.*рег\. номер: 2026-0007/),
    ]);
    expect(screen.getByText('Найдено: 3')).toBeTruthy();
    expect(d.inputsOf('audit.list')).toEqual([{ limit: 50, offset: 0 }]);
  });

  it('says what a row holds in the words of the language on screen, and an unknown key as written', async () => {
    const rows = [
      row({
        id: 2,
        action: 'people.lookup',
        entity: 'applicant',
        after: { iin: '850312400123', found: false, applications: 0, extra: 'x' },
      }),
      row({ id: 1, action: 'complaints.get', entity: 'complaint', after: { journalNumber: '2026/001' } }),
    ];
    const d = renderDesk({
      'session.current': () => atWork({ ...HEAD, language: 'kk' }),
      'session.users': () => [HEAD],
      'session.setLanguage': ({ language }) => ({ ...HEAD, language }),
      'audit.people': () => [],
      'audit.list': () => ({ rows, total: rows.length, capped: false }),
    });
    await d.user.click(await screen.findByRole('button', { name: 'Әрекеттер журналы' }));
    const table = await screen.findByRole('table', { name: 'Әрекеттер журналы' });
    const [lookup, complaint] = within(table).getAllByRole('row').slice(1);
    expect(lookup).toHaveTextContent('ЖСН: 850312400123; табылды: жоқ; өтініштер: 0; extra: x');
    expect(complaint).toHaveTextContent('журнал нөмірі: 2026/001');
    expect(complaint).not.toHaveTextContent('journalNumber');

    await d.user.click(screen.getByRole('button', { name: 'РУС' }));
    expect(await within(table).findByText('номер в журнале: 2026/001')).toBeInTheDocument();
    expect(
      within(table).getByText('ИИН: 850312400123; найден: нет; заявлений: 0; extra: x'),
    ).toBeInTheDocument();
  });

  it('sends the filter as typed: the person, the dates in dd.mm.yyyy, the record by its number, reads only', async () => {
    const d = headDesk();
    await openAudit(d);
    await d.user.selectOptions(screen.getByLabelText('Сотрудник'), String(CLERK.id));
    await d.user.type(screen.getByLabelText('Период: с'), '24.11.2026');
    await d.user.type(screen.getByLabelText('по'), '25.11.2026');
    await d.user.selectOptions(screen.getByLabelText('Запись'), 'application');
    await d.user.type(screen.getByLabelText('Номер'), '2026-0007');
    await d.user.selectOptions(screen.getByLabelText('Вид действия'), 'read');
    await d.user.click(screen.getByRole('button', { name: 'Показать' }));
    await waitFor(() => expect(d.inputsOf('audit.list')).toHaveLength(2));
    expect(d.inputsOf('audit.list')[1]).toEqual({
      userId: CLERK.id,
      from: '2026-11-24',
      to: '2026-11-25',
      entity: 'application',
      number: '2026-0007',
      kind: 'read',
      limit: 50,
      offset: 0,
    });
  });

  it('says a wrong date in words beside its field and asks nothing', async () => {
    const d = headDesk();
    await openAudit(d);
    await d.user.type(screen.getByLabelText('Период: с'), '31.02.2026');
    await d.user.click(screen.getByRole('button', { name: 'Показать' }));
    expect(
      await screen.findByText('Начало периода: дата в виде ДД.ММ.ГГГГ, например 25.11.2026'),
    ).toBeTruthy();
    expect(d.inputsOf('audit.list')).toHaveLength(1);
  });

  it('pages on by fifty', async () => {
    const d = headDesk(120);
    await openAudit(d);
    expect(screen.getByText('Страница 1 из 3')).toBeTruthy();
    await d.user.click(screen.getByRole('button', { name: 'Дальше →' }));
    await waitFor(() => expect(d.inputsOf('audit.list').at(-1)).toEqual({ limit: 50, offset: 50 }));
    expect(await screen.findByText('Страница 2 из 3')).toBeTruthy();
  });

  it('exports the filtered rows through the main side', async () => {
    URL.createObjectURL = vi.fn(() => 'blob:audit');
    URL.revokeObjectURL = vi.fn();
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
    const d = headDesk();
    await openAudit(d);
    await d.user.selectOptions(screen.getByLabelText('Вид действия'), 'refused');
    await d.user.click(screen.getByRole('button', { name: 'Выгрузить в CSV' }));
    expect(await screen.findByText('Файл сохранён; выгрузка записана в журнал')).toBeTruthy();
    expect(d.inputsOf('audit.export')).toEqual([{ kind: 'refused', format: 'csv', lang: 'ru' }]);
    expect(click).toHaveBeenCalledOnce();
    click.mockRestore();
  });
});
