// Who sits at the desk: changing the user at the header, and Settings → Users for the
// administrator (adding the head, taking off the list a clerk who left, never the last admin).

import { screen, waitFor, within } from '@testing-library/react';
import type { User } from '../../../shared/contract/common.ts';
import { DomainError } from '../../../shared/contract/result.ts';
import { OFFICE_DEFAULTS as OFFICE } from '../../../shared/standard/office-defaults.ts';
import { ADULT } from '../../../tests/support/people.ts';
import { atWork, CLERK, renderDesk } from '../test/render.tsx';

const ADMIN: User = {
  id: 9,
  login: 'admin',
  fullName: 'Бауыржан Ерланұлы Әбенов',
  role: 'admin',
  language: 'kk',
};
const HEAD: User = {
  id: 2,
  login: 'g.seitkali',
  fullName: 'Гүлнар Маратқызы Сейтқали',
  role: 'head',
  language: 'ru',
};

/** The desk with an administrator signed in and an office of the admin and one clerk. */
function adminDesk(deactivate?: (userId: number) => void) {
  let users: User[] = [ADMIN, CLERK];
  let nextId = 10;
  return renderDesk({
    'session.current': () => atWork(ADMIN),
    'session.users': () => users,
    'settings.get': () => OFFICE,
    'users.create': (input) => {
      if (input.login === CLERK.login) throw new DomainError('login_taken', { login: input.login });
      const created = { id: nextId++, ...input };
      users = [...users, created];
      return created;
    },
    'users.setPassword': ({ userId, password }) => {
      const login = users.find((u) => u.id === userId)?.login;
      if (password === login) {
        throw new DomainError('invalid_input', undefined, [
          { path: 'password', message: 'password_is_login' },
        ]);
      }
      return { userId };
    },
    'users.deactivate': ({ userId }) => {
      deactivate?.(userId);
      users = users.filter((u) => u.id !== userId);
      return { userId };
    },
  });
}

async function openUsers(d: ReturnType<typeof renderDesk>) {
  await screen.findByLabelText('ЖСН');
  await d.user.click(screen.getByRole('button', { name: 'Баптаулар' }));
  return screen.findByRole('region', { name: 'Пайдаланушылар' });
}

describe('changing the user at the desk', () => {
  it('signs the clerk out and shows the sign-in list, with nothing of the half-filled intake left', async () => {
    const NEXT: User = { ...HEAD, language: 'kk' };
    const d = renderDesk({
      'session.users': () => [CLERK, NEXT],
      'session.signOut': () => ({ signedOut: true }),
      'session.signIn': ({ login }) => atWork(login === NEXT.login ? NEXT : CLERK),
    });
    await d.user.type(await screen.findByLabelText('ЖСН'), ADULT.iin);
    await d.user.type(screen.getByLabelText('Тегі'), ADULT.lastName);

    await d.user.click(screen.getByRole('button', { name: 'Пайдаланушыны ауыстыру' }));
    expect(await screen.findByRole('heading', { name: 'Кім жұмыс істейді?' })).toBeInTheDocument();
    expect(d.inputsOf('session.signOut')).toEqual([{}]);
    expect(screen.queryByText(CLERK.fullName, { selector: 'strong' })).not.toBeInTheDocument();
    expect(screen.queryByRole('navigation')).not.toBeInTheDocument();

    // A name from the list fills the login; the password is typed.
    await d.user.click(screen.getByRole('button', { name: new RegExp(NEXT.fullName) }));
    await d.user.keyboard('menin-kiltim-2026{Enter}');
    expect(await screen.findByLabelText('ЖСН')).toHaveValue('');
    expect(d.inputsOf('session.signIn')).toEqual([{ login: NEXT.login, password: 'menin-kiltim-2026' }]);
    expect(screen.getByLabelText('Тегі')).toHaveValue('');
    expect(screen.queryByDisplayValue(ADULT.lastName)).not.toBeInTheDocument();
    expect(screen.getByRole('banner')).toHaveTextContent(NEXT.fullName);
  });
});

describe('Settings → Users', () => {
  it('lets the administrator add the head of the department', async () => {
    const d = adminDesk();
    const users = await openUsers(d);
    expect(await within(users).findByRole('cell', { name: CLERK.fullName })).toBeInTheDocument();
    expect(within(users).getByRole('cell', { name: 'маман' })).toBeInTheDocument();

    await d.user.type(within(users).getByLabelText('Логин'), CLERK.login);
    await d.user.type(within(users).getByLabelText('Аты-жөні'), HEAD.fullName);
    await d.user.selectOptions(within(users).getByLabelText('Рөлі'), 'head');
    await d.user.selectOptions(within(users).getByLabelText('Тіл'), 'ru');
    await d.user.type(within(users).getByLabelText('Алғашқы құпиясөз'), 'qysqa');
    await d.user.click(within(users).getByRole('button', { name: 'Пайдаланушы қосу' }));
    expect(within(users).getByLabelText('Алғашқы құпиясөз')).toHaveAccessibleDescription(/кемінде 8 таңба/);
    expect(d.inputsOf('users.create')).toHaveLength(0);
    await d.user.type(within(users).getByLabelText('Алғашқы құпиясөз'), '-uzyn-2026');
    await d.user.click(within(users).getByRole('button', { name: 'Пайдаланушы қосу' }));
    expect(within(users).getByLabelText('Логин')).toHaveAccessibleDescription(/a\.nurlanova.*бос емес/);

    await d.user.clear(within(users).getByLabelText('Логин'));
    await d.user.type(within(users).getByLabelText('Логин'), HEAD.login);
    await d.user.click(within(users).getByRole('button', { name: 'Пайдаланушы қосу' }));
    expect(await within(users).findByRole('cell', { name: HEAD.fullName })).toBeInTheDocument();
    expect(d.inputsOf('users.create').at(-1)).toEqual({
      login: HEAD.login,
      fullName: HEAD.fullName,
      role: 'head',
      language: 'ru',
      password: 'qysqa-uzyn-2026',
    });
    expect(within(users).getByRole('cell', { name: 'бөлім бастығы' })).toBeInTheDocument();
    expect(within(users).getByRole('status')).toHaveTextContent(`${HEAD.fullName} қосылды`);
  });

  it('takes a clerk who left off the list only with a reason, and never offers it for oneself', async () => {
    const d = adminDesk();
    const users = await openUsers(d);
    await within(users).findByRole('cell', { name: CLERK.fullName });
    expect(within(users).queryByRole('button', { name: `Тізімнен шығару: ${ADMIN.fullName}` })).toBeNull();

    await d.user.click(within(users).getByRole('button', { name: `Тізімнен шығару: ${CLERK.fullName}` }));
    await d.user.click(within(users).getByRole('button', { name: 'Тізімнен шығаруды растау' }));
    const why = within(users).getByLabelText(/тізімнен шығару себебі/);
    expect(why).toHaveAccessibleDescription(/толтырыңыз/);
    expect(d.inputsOf('users.deactivate')).toHaveLength(0);

    await d.user.type(why, 'басқа жұмысқа ауысты');
    await d.user.click(within(users).getByRole('button', { name: 'Тізімнен шығаруды растау' }));
    expect(d.inputsOf('users.deactivate')).toEqual([{ userId: CLERK.id, reason: 'басқа жұмысқа ауысты' }]);
    await waitFor(() => expect(within(users).queryByRole('cell', { name: CLERK.fullName })).toBeNull());
    expect(within(users).getByRole('status')).toHaveTextContent(`${CLERK.fullName} тізімнен шығарылды`);
  });

  it('says why the last administrator cannot be taken off the list', async () => {
    const OTHER_ADMIN: User = { ...CLERK, role: 'admin' };
    const d = adminDesk((userId) => {
      if (userId === OTHER_ADMIN.id) throw new DomainError('last_admin');
    });
    const users = await openUsers(d);
    await d.user.click(
      await within(users).findByRole('button', { name: `Тізімнен шығару: ${OTHER_ADMIN.fullName}` }),
    );
    await d.user.type(within(users).getByLabelText(/тізімнен шығару себебі/), 'қате');
    await d.user.click(within(users).getByRole('button', { name: 'Тізімнен шығаруды растау' }));
    expect(
      await within(users).findByText('Бұл — соңғы әкімші: алдымен басқа әкімші қосыңыз'),
    ).toBeInTheDocument();
    expect(within(users).getByRole('cell', { name: OTHER_ADMIN.fullName })).toBeInTheDocument();
  });

  it('sets a user’s password, which the user then changes at sign-in, and never shows it', async () => {
    const d = adminDesk();
    const users = await openUsers(d);
    await d.user.click(await within(users).findByRole('button', { name: `Құпиясөз қою: ${CLERK.fullName}` }));
    const field = within(users).getByLabelText(`${CLERK.fullName}: жаңа құпиясөз`);
    expect(field).toHaveAttribute('type', 'password');
    await d.user.type(field, CLERK.login);
    await d.user.click(within(users).getByRole('button', { name: 'Құпиясөзді сақтау' }));
    expect(d.inputsOf('users.setPassword')).toEqual([{ userId: CLERK.id, password: CLERK.login }]);
    expect(await within(users).findByText(/логинмен бірдей болмасын/)).toBeInTheDocument();
    await d.user.clear(within(users).getByLabelText(`${CLERK.fullName}: жаңа құпиясөз`));
    await d.user.type(within(users).getByLabelText(`${CLERK.fullName}: жаңа құпиясөз`), 'uaqytsha-2026');
    await d.user.click(within(users).getByRole('button', { name: 'Құпиясөзді сақтау' }));
    expect(await within(users).findByRole('status')).toHaveTextContent(
      `${CLERK.fullName}: құпиясөз қойылды — келесі кіргенде өз құпиясөзін таңдайды`,
    );
    expect(within(users).queryByDisplayValue('uaqytsha-2026')).toBeNull();
  });

  it('is not shown to a clerk', async () => {
    const d = renderDesk({});
    await screen.findByLabelText('ЖСН');
    await d.user.click(screen.getByRole('button', { name: 'Баптаулар' }));
    expect(await screen.findByLabelText('Атауы (қазақша)')).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'Пайдаланушылар' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Пайдаланушы қосу' })).toBeNull();
    expect(d.inputsOf('session.users')).toHaveLength(0);
  });
});
