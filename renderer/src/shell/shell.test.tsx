import { screen } from '@testing-library/react';
import { DomainError } from '../../../shared/contract/result.ts';
import { atWork, CLERK, renderDesk } from '../test/render.tsx';

describe('the desk shell', () => {
  it('switches the labels to Russian and remembers the choice for the clerk', async () => {
    const d = renderDesk();
    expect(await screen.findByLabelText('ЖСН')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'ҚАЗ' })).toHaveAttribute('aria-pressed', 'true');
    await d.user.click(screen.getByRole('button', { name: 'РУС' }));
    expect(await screen.findByLabelText('ИИН')).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Приём документов' })).toBeInTheDocument();
    expect(screen.getByRole('navigation', { name: 'Разделы' })).toHaveTextContent('Заявления');
    expect(
      screen.getByText('ГУ «Отдел занятости и социальных программ Жамбылского района»'),
    ).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'РУС' })).toHaveAttribute('aria-pressed', 'true');
    expect(d.inputsOf('session.setLanguage')).toEqual([{ language: 'ru' }]);
  });

  it('opens in the language stored for the clerk', async () => {
    renderDesk({}, { lang: 'ru' });
    expect(await screen.findByLabelText('ИИН')).toBeInTheDocument();
    expect(screen.getByText(CLERK.fullName)).toBeInTheDocument();
  });

  it('shows every place as one that opens, the reports among them', async () => {
    renderDesk();
    await screen.findByLabelText('ЖСН');
    expect(screen.getByRole('button', { name: 'Қабылдау' })).toHaveAttribute('aria-current', 'page');
    for (const name of ['Өтініштер', 'Кезек', 'Шағымдар', 'Есептер', 'Баптаулар']) {
      expect(screen.getByRole('button', { name })).toBeEnabled();
    }
    expect(screen.queryByText(/жақында/)).not.toBeInTheDocument();
  });

  it('asks for the first user on a new office with a password typed twice, then signs them in', async () => {
    let created = false;
    const d = renderDesk({
      'session.current': () => null,
      'session.users': () => (created ? [{ ...CLERK, role: 'admin' }] : []),
      'users.create': (input) => {
        created = true;
        return {
          ...CLERK,
          id: 1,
          login: input.login,
          fullName: input.fullName,
          role: 'admin',
          language: input.language,
        };
      },
      'session.signIn': () => atWork({ ...CLERK, role: 'admin' }),
    });
    expect(await screen.findByRole('heading', { name: 'Бірінші іске қосу' })).toBeInTheDocument();
    await d.user.type(screen.getByLabelText('Логин'), 'Bad Login');
    await d.user.type(screen.getByLabelText('Аты-жөні'), CLERK.fullName);
    await d.user.type(screen.getByLabelText('Құпиясөз'), 'qysqa');
    await d.user.click(screen.getByRole('button', { name: 'Тіркеу және кіру' }));
    expect(screen.getByLabelText('Логин')).toHaveAccessibleDescription(/Логин: кіші латын әріптері/);
    expect(screen.getByLabelText('Құпиясөз')).toHaveAccessibleDescription(/кемінде 8 таңба/);
    expect(d.inputsOf('users.create')).toHaveLength(0);

    await d.user.clear(screen.getByLabelText('Логин'));
    await d.user.type(screen.getByLabelText('Логин'), 'a.nurlanova');
    await d.user.type(screen.getByLabelText('Құпиясөз'), '-uzyn-2026');
    await d.user.type(screen.getByLabelText('Құпиясөзді қайталаңыз'), 'qysqa-uzyn-2025');
    await d.user.click(screen.getByRole('button', { name: 'Тіркеу және кіру' }));
    expect(screen.getByLabelText('Құпиясөзді қайталаңыз')).toHaveAccessibleDescription(/сәйкес емес/);
    expect(d.inputsOf('users.create')).toHaveLength(0);

    await d.user.clear(screen.getByLabelText('Құпиясөзді қайталаңыз'));
    await d.user.type(screen.getByLabelText('Құпиясөзді қайталаңыз'), 'qysqa-uzyn-2026');
    await d.user.click(screen.getByRole('button', { name: 'Тіркеу және кіру' }));
    expect(await screen.findByLabelText('ЖСН')).toBeInTheDocument();
    expect(d.inputsOf('users.create')).toEqual([
      {
        login: 'a.nurlanova',
        fullName: CLERK.fullName,
        role: 'admin',
        language: 'kk',
        password: 'qysqa-uzyn-2026',
      },
    ]);
    expect(d.inputsOf('session.signIn')).toEqual([{ login: 'a.nurlanova', password: 'qysqa-uzyn-2026' }]);
  });

  it('signs a clerk in by the typed login and password, and opens the desk in their language', async () => {
    const OLGA = { ...CLERK, id: 2, login: 'o.kim', fullName: 'Ольга Петровна Ким', language: 'ru' as const };
    const d = renderDesk({
      'session.current': () => null,
      'session.users': () => [CLERK, OLGA],
      'session.signIn': ({ password }) => {
        if (password !== 'menin-kiltim-2026') throw new DomainError('sign_in_failed');
        return atWork(OLGA);
      },
    });
    expect(await screen.findByRole('heading', { name: 'Кім жұмыс істейді?' })).toBeInTheDocument();
    expect(screen.getByLabelText('Логин')).toHaveFocus();
    await d.user.keyboard('o.kim{Tab}qate-parol{Enter}');
    expect(await screen.findByText('Логин немесе құпиясөз қате')).toBeInTheDocument();
    expect(screen.getByLabelText('Құпиясөз')).toHaveValue('');
    await d.user.type(screen.getByLabelText('Құпиясөз'), 'menin-kiltim-2026{Enter}');
    expect(await screen.findByLabelText('ИИН')).toBeInTheDocument();
    expect(d.inputsOf('session.signIn').at(-1)).toEqual({ login: 'o.kim', password: 'menin-kiltim-2026' });
  });

  it('says how long to wait after too many wrong passwords, in minutes past a minute', async () => {
    const d = renderDesk({
      'session.current': () => null,
      'session.signIn': () => {
        throw new DomainError('sign_in_delayed', { seconds: '95' });
      },
    });
    await d.user.type(await screen.findByLabelText('Логин'), 'a.nurlanova');
    await d.user.type(screen.getByLabelText('Құпиясөз'), 'bir-nars{Enter}');
    expect(
      await screen.findByText('Қате құпиясөз тым көп терілді: 2 минуттан кейін қайталаңыз'),
    ).toBeInTheDocument();
  });

  it('asks a user whose password the administrator set for a new one before anything else', async () => {
    let changed = false;
    const d = renderDesk({
      'session.current': () => ({ ...atWork(CLERK), mustChangePassword: !changed }),
      'session.changePassword': () => {
        changed = true;
        return atWork(CLERK);
      },
    });
    expect(await screen.findByRole('heading', { name: 'Өз құпиясөзіңізді таңдаңыз' })).toBeInTheDocument();
    expect(screen.queryByRole('navigation')).toBeNull();
    await d.user.type(screen.getByLabelText('Қазіргі құпиясөз'), 'uaqytsha-2026');
    await d.user.type(screen.getByLabelText('Жаңа құпиясөз'), 'menin-kiltim-2026');
    await d.user.type(screen.getByLabelText('Құпиясөзді қайталаңыз'), 'menin-kiltim-2026{Enter}');
    expect(await screen.findByLabelText('ЖСН')).toBeInTheDocument();
    expect(d.inputsOf('session.changePassword')).toEqual([
      { currentPassword: 'uaqytsha-2026', password: 'menin-kiltim-2026' },
    ]);
  });
});
