import { screen, within } from '@testing-library/react';
import { renderDesk } from '../test/render.tsx';
import { SHORTCUTS } from './shortcuts.ts';

// Issue 11: one map of keys for the whole desk, shown on F1.

describe('the desk’s keys', () => {
  it('give every key one meaning on the whole desk', () => {
    const keys = Object.values(SHORTCUTS).map((s) => s.keys);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('shows the map on F1 in the user’s language, keeps the keyboard inside, and closes on Esc', async () => {
    const d = renderDesk();
    const iin = await screen.findByLabelText('ЖСН');
    iin.focus();
    await d.user.keyboard('{F1}');
    const help = await screen.findByRole('dialog', { name: 'Пернелер' });
    expect(help).toHaveAttribute('aria-modal', 'true');
    const accept = within(help).getByRole('row', { name: /Қабылдау және талонды басу/ });
    expect(accept).toHaveTextContent('Alt+7');
    expect(within(help).getByRole('row', { name: /Келесіні шақыру/ })).toHaveTextContent('F2');
    expect(within(help).getByRole('row', { name: /Қызмет көрсетуді аяқтау/ })).toHaveTextContent('F9');
    const close = within(help).getByRole('button', { name: 'Жабу (Esc)' });
    expect(close).toHaveFocus();
    // Tab goes round inside the dialog, both ways.
    await d.user.tab();
    await d.user.tab();
    expect(close).toHaveFocus();
    await d.user.tab({ shift: true });
    expect(help).toContainElement(document.activeElement as HTMLElement);
    await d.user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(iin).toHaveFocus();
  });

  it('is in Russian for a Russian-speaking user', async () => {
    const d = renderDesk({}, { lang: 'ru' });
    await screen.findByLabelText('ИИН');
    await d.user.keyboard('{F1}');
    const help = await screen.findByRole('dialog', { name: 'Клавиши' });
    expect(within(help).getByRole('row', { name: /Вызвать следующего/ })).toHaveTextContent('F2');
  });
});
