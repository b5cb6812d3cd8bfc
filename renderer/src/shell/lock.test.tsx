// The lock screen (§18): Ctrl+L or ten idle minutes lock the desk; the same user's password
// brings back the half-filled screen; "change user" gives the next person a clean desk.

import { act, fireEvent, screen } from '@testing-library/react';
import { afterEach, vi } from 'vitest';
import type { User } from '../../../shared/contract/common.ts';
import { DomainError } from '../../../shared/contract/result.ts';
import { ADULT } from '../../../tests/support/people.ts';
import { atWork, CLERK, renderDesk } from '../test/render.tsx';

const NEXT: User = { ...CLERK, id: 2, login: 'o.kim', fullName: 'Ольга Петровна Ким' };

function lockableDesk() {
  return renderDesk({
    'session.lock': () => ({ locked: true }),
    'session.unlock': ({ password }) => {
      if (password !== 'menin-kiltim-2026') throw new DomainError('sign_in_failed');
      return atWork(CLERK);
    },
    'session.signOut': () => ({ signedOut: true }),
    'session.users': () => [CLERK, NEXT],
    'session.signIn': () => atWork(NEXT),
  });
}

afterEach(() => {
  vi.useRealTimers();
});

describe('the lock screen', () => {
  it('locks on Ctrl+L, in either keyboard layout, and keeps the half-filled screen for the same user', async () => {
    const d = lockableDesk();
    await d.user.type(await screen.findByLabelText('ЖСН'), ADULT.iin);
    // In the Russian layout the L key types «д»: the physical key decides.
    fireEvent.keyDown(window, { key: 'д', code: 'KeyL', ctrlKey: true });
    expect(await screen.findByRole('heading', { name: 'Экран құлыпталған' })).toBeInTheDocument();
    expect(d.inputsOf('session.lock')).toEqual([{}]);
    // Kept as it was, but hidden and out of reach (inert) until the same user is back.
    expect(screen.getByLabelText('ЖСН')).not.toBeVisible();
    expect(screen.queryByRole('navigation')).toBeNull();
    expect(screen.getByText(CLERK.fullName, { selector: '.lock-user strong' })).toBeInTheDocument();
    expect(screen.getByLabelText('Құпиясөз')).toHaveFocus();

    await d.user.keyboard('qate-parol{Enter}');
    expect(await screen.findByText('Логин немесе құпиясөз қате')).toBeInTheDocument();
    await d.user.keyboard('menin-kiltim-2026{Enter}');
    expect(await screen.findByLabelText('ЖСН')).toHaveValue(ADULT.iin);
    expect(d.inputsOf('session.unlock')).toHaveLength(2);
  });

  it('locks by itself after the office’s idle minutes without input', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    const d = lockableDesk();
    await screen.findByLabelText('ЖСН');
    act(() => vi.advanceTimersByTime(9 * 60_000));
    expect(d.inputsOf('session.lock')).toHaveLength(0);
    act(() => vi.advanceTimersByTime(60_000));
    expect(await screen.findByRole('heading', { name: 'Экран құлыпталған' })).toBeInTheDocument();
    expect(d.inputsOf('session.lock')).toEqual([{}]);
  });

  it('gives another person who signs in instead a clean desk', async () => {
    const d = lockableDesk();
    await d.user.type(await screen.findByLabelText('ЖСН'), ADULT.iin);
    await d.user.keyboard('{Control>}l{/Control}');
    await d.user.click(await screen.findByRole('button', { name: 'Пайдаланушыны ауыстыру' }));
    expect(await screen.findByRole('heading', { name: 'Кім жұмыс істейді?' })).toBeInTheDocument();
    expect(d.inputsOf('session.signOut')).toEqual([{}]);
    await d.user.keyboard('o.kim{Tab}onyn-kilti-2026{Enter}');
    expect(await screen.findByLabelText('ЖСН')).toHaveValue('');
    expect(screen.getByRole('banner')).toHaveTextContent(NEXT.fullName);
  });
});

describe('a locked desk', () => {
  it('stops asking for the queue board until the same user is back', async () => {
    const d = renderDesk({
      'session.lock': () => ({ locked: true }),
      'session.unlock': () => atWork(CLERK),
      'queue.board': () => {
        throw new DomainError('session_locked');
      },
    });
    await screen.findByLabelText('ЖСН');
    await d.user.click(screen.getByRole('button', { name: 'Кезек' }));
    await screen.findByRole('heading', { name: 'Кезек', level: 1 });
    const asked = () => d.inputsOf('queue.board').length;
    const before = asked();
    await d.user.keyboard('{Control>}l{/Control}');
    await screen.findByRole('heading', { name: 'Экран құлыпталған' });
    expect(asked()).toBe(before);
    await d.user.keyboard('menin-kiltim-2026{Enter}');
    await screen.findByRole('heading', { name: 'Кезек', level: 1 });
    expect(asked()).toBe(before + 1);
  });
});
