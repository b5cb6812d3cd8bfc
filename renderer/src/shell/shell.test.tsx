import { screen, waitFor } from '@testing-library/react';
import { CLERK, renderDesk } from '../test/render.tsx';

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

  it('shows the places to come as plainly disabled, "soon"', async () => {
    renderDesk();
    await screen.findByLabelText('ЖСН');
    for (const name of ['Есептер']) {
      const place = screen.getByRole('button', { name: new RegExp(`^${name}`) });
      expect(place).toBeDisabled();
      expect(place).toHaveTextContent('жақында');
    }
    expect(screen.getByRole('button', { name: 'Қабылдау' })).toHaveAttribute('aria-current', 'page');
    expect(screen.getByRole('button', { name: 'Өтініштер' })).toBeEnabled();
    expect(screen.getByRole('button', { name: 'Кезек' })).toBeEnabled();
    expect(screen.getByRole('button', { name: 'Шағымдар' })).toBeEnabled();
    expect(screen.getByRole('button', { name: 'Баптаулар' })).toBeEnabled();
  });

  it('asks for the first user on a new office, then signs them in', async () => {
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
      'session.signIn': () => ({ ...CLERK, role: 'admin' }),
    });
    expect(await screen.findByRole('heading', { name: 'Бірінші іске қосу' })).toBeInTheDocument();
    await d.user.type(screen.getByLabelText('Логин'), 'Bad Login');
    await d.user.type(screen.getByLabelText('Аты-жөні'), CLERK.fullName);
    await d.user.click(screen.getByRole('button', { name: 'Тіркеу және кіру' }));
    expect(screen.getByLabelText('Логин')).toHaveAccessibleDescription(/Логин: кіші латын әріптері/);
    expect(d.inputsOf('users.create')).toHaveLength(0);

    await d.user.clear(screen.getByLabelText('Логин'));
    await d.user.type(screen.getByLabelText('Логин'), 'a.nurlanova');
    await d.user.click(screen.getByRole('button', { name: 'Тіркеу және кіру' }));
    expect(await screen.findByLabelText('ЖСН')).toBeInTheDocument();
    expect(d.inputsOf('users.create')).toEqual([
      { login: 'a.nurlanova', fullName: CLERK.fullName, role: 'admin', language: 'kk' },
    ]);
    expect(d.inputsOf('session.signIn')).toEqual([{ userId: 1 }]);
  });

  it('lets a clerk pick their name and opens the desk in their language', async () => {
    const d = renderDesk({
      'session.current': () => null,
      'session.users': () => [CLERK, { ...CLERK, id: 2, fullName: 'Ольга Петровна Ким', language: 'ru' }],
      'session.signIn': ({ userId }) => ({
        ...CLERK,
        id: userId,
        fullName: 'Ольга Петровна Ким',
        language: 'ru',
      }),
    });
    expect(await screen.findByRole('heading', { name: 'Кім жұмыс істейді?' })).toBeInTheDocument();
    await d.user.click(screen.getByRole('button', { name: /Ольга Петровна Ким/ }));
    expect(await screen.findByLabelText('ИИН')).toBeInTheDocument();
    await waitFor(() => expect(d.inputsOf('session.signIn')).toEqual([{ userId: 2 }]));
  });
});
