// The survey kiosk for the people this office serves (issue 13): targets a finger hits, text read
// from a step back, the keyboard alone, and each question read aloud on request — the words given
// to the speech engine being the question and its answers exactly, in Kazakh and in Russian.

import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { phraseWords } from '../../../shared/domain/spoken-call.ts';
import { createI18n } from '../i18n/index.ts';
import { fakeMain } from '../test/fake-client.ts';
import { type FakeVoice, fakeVoice } from '../test/fake-voice.ts';
import { SurveyApp } from './SurveyKiosk.tsx';
import css from './survey.css?inline';

function mount(volume = 70) {
  const main = fakeMain({
    'survey.questions': () => ({
      visitDate: '2026-11-25',
      purpose: 'hand_in',
      questions: ['2.1', '3.1', '5.1'],
      voice: { volume },
    }),
    'survey.answer': ({ answers }) => ({
      recorded: answers.length,
      visitDate: '2026-11-25',
      purpose: 'hand_in',
    }),
  });
  const voice = fakeVoice();
  render(<SurveyApp api={main.client} i18n={createI18n('kk')} thanksMs={60_000} voice={voice} />);
  return { main, voice };
}

async function begin() {
  fireEvent.change(screen.getByRole('textbox'), { target: { value: 'T12-ABC123' } });
  fireEvent.click(screen.getByRole('button', { name: 'Бастау' }));
  await screen.findByRole('heading', { level: 2 });
}

/** The words the engine was last given, all phrases together. */
const lastSaid = (voice: FakeVoice) =>
  phraseWords((voice.said.at(-1)?.phrases ?? []).map((p) => p.text).join(' '));

// Worked out by hand from the questionnaire (survey-wording.ts): question 2.1 and the five marks.
const Q21_KK =
  'қызмет көрсету барысына қаншалықты ризасыз мүлдем риза емеспін риза емеспін әрі-сәрі ризамын толық ризамын';
const Q21_RU =
  'насколько вы довольны тем как вас обслужили совсем не доволен(а) скорее не доволен(а) ни да ни нет скорее доволен(а) полностью доволен(а)';
const Q31_RU =
  'насколько вы довольны информацией о порядке получения услуги совсем не доволен(а) скорее не доволен(а) ни да ни нет скорее доволен(а) полностью доволен(а)';

describe('the kiosk read aloud', () => {
  it('says the question and its five answers, word for word, in Kazakh and then in Russian, at the office volume', async () => {
    const { voice } = mount(70);
    await begin();
    fireEvent.click(screen.getByRole('button', { name: 'Тыңдау' }));
    expect(lastSaid(voice)).toEqual(Q21_KK.split(' '));
    expect(voice.said.at(-1)?.phrases.every((p) => p.lang === 'kk')).toBe(true);
    expect(voice.said.at(-1)?.volume).toBe(70);
    // Six phrases: the question, then each answer, so the engine pauses between them.
    expect(voice.said.at(-1)?.phrases).toHaveLength(6);
    // While it reads, the same button stops it.
    fireEvent.click(screen.getByRole('button', { name: 'Тоқтату' }));
    expect(voice.stops).toBeGreaterThan(0);
    expect(screen.getByRole('button', { name: 'Тыңдау' })).toBeInTheDocument();

    fireEvent.click(screen.getByRole('button', { name: 'Русский' }));
    fireEvent.click(screen.getByRole('button', { name: 'Прослушать' }));
    expect(lastSaid(voice)).toEqual(Q21_RU.split(' '));
    expect(voice.said.at(-1)?.phrases.every((p) => p.lang === 'ru')).toBe(true);
  });

  it('stops reading when the visitor answers, changes the language or goes back', async () => {
    const { voice } = mount();
    await begin();
    fireEvent.click(screen.getByRole('button', { name: 'Тыңдау' }));
    const before = voice.stops;
    fireEvent.click(screen.getByRole('button', { name: /^5/ }));
    expect(voice.stops).toBeGreaterThan(before);
    // The next question is not read unless asked: the button offers to listen again.
    expect(screen.getByRole('button', { name: 'Тыңдау' })).toBeInTheDocument();
    expect(voice.said).toHaveLength(1);

    fireEvent.click(screen.getByRole('button', { name: 'Тыңдау' }));
    const beforeLang = voice.stops;
    fireEvent.click(screen.getByRole('button', { name: 'Русский' }));
    expect(voice.stops).toBeGreaterThan(beforeLang);
    expect(screen.getByRole('button', { name: 'Прослушать' })).toBeInTheDocument();

    fireEvent.click(screen.getByRole('button', { name: 'Прослушать' }));
    const beforeBack = voice.stops;
    fireEvent.click(screen.getByRole('button', { name: 'В начало' }));
    expect(voice.stops).toBeGreaterThan(beforeBack);
  });

  it('reads every question as it comes, and the thanks, once the visitor turns "read every question" on', async () => {
    const { voice, main } = mount();
    const toggle = () => screen.getByRole('button', { name: 'Барлық сұрақты дауыстап оқу' });
    // Turned on before the code: nothing to read yet.
    fireEvent.click(toggle());
    expect(toggle()).toHaveAttribute('aria-pressed', 'true');
    await begin();
    await waitFor(() => expect(lastSaid(voice)).toEqual(Q21_KK.split(' ')));
    fireEvent.click(screen.getByRole('button', { name: 'Русский' }));
    // The same question again, now in Russian.
    expect(lastSaid(voice)).toEqual(Q21_RU.split(' '));
    act(() => voice.finish());
    fireEvent.click(screen.getByRole('button', { name: /^4/ }));
    expect(lastSaid(voice)).toEqual(Q31_RU.split(' '));
    fireEvent.click(screen.getByRole('button', { name: /^4/ }));
    fireEvent.click(screen.getByRole('button', { name: /^4/ }));
    await screen.findByText('Спасибо!');
    expect(lastSaid(voice)).toEqual(
      phraseWords('Спасибо! Ваш ответ записан. Через несколько секунд страница вернётся в начало.'),
    );
    // The answers are stored as ever.
    expect(main.inputsOf('survey.answer')[0]?.answers.map((a) => a.answer)).toEqual([4, 4, 4]);
  });

  it('reads at the default volume when the office has set the volume to 0: a request is never silent', async () => {
    const { voice } = mount(0);
    await begin();
    fireEvent.click(screen.getByRole('button', { name: 'Тыңдау' }));
    expect(voice.said.at(-1)?.volume).toBe(90);
  });
});

describe('the kiosk by keyboard', () => {
  it('starts each question at its heading; Tab reaches listen, then the answers as one stop, whose arrows move and Enter answers', async () => {
    const user = userEvent.setup();
    const { main } = mount();
    await user.type(screen.getByRole('textbox'), 't12-abc123{Enter}');
    const heading = await screen.findByRole('heading', { level: 2 });
    await waitFor(() => expect(heading).toHaveFocus());
    await user.tab();
    expect(screen.getByRole('button', { name: 'Тыңдау' })).toHaveFocus();
    await user.tab();
    const marks = screen.getAllByRole('button', { name: /^[1-5]/ });
    expect(marks[0]).toHaveFocus();
    // One stop of Tab for the five answers.
    expect(marks.map((m) => m.tabIndex)).toEqual([0, -1, -1, -1, -1]);
    await user.keyboard('{ArrowRight}{ArrowRight}{ArrowRight}');
    expect(marks[3]).toHaveFocus();
    await user.keyboard('{ArrowLeft}');
    expect(marks[2]).toHaveFocus();
    await user.keyboard('{End}');
    expect(marks[4]).toHaveFocus();
    await user.keyboard('{ArrowRight}');
    expect(marks[4]).toHaveFocus();
    await user.keyboard('{Enter}');
    // The next question, its heading focused, not an answer that would now mean the next one.
    await waitFor(() =>
      expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent('Қызметті алу тәртібі туралы'),
    );
    expect(screen.getByRole('heading', { level: 2 })).toHaveFocus();
    await user.tab();
    await user.tab();
    await user.keyboard('{Home} ');
    await user.tab();
    await user.tab();
    await user.keyboard('{ArrowDown}{Enter}');
    await screen.findByText('Рақмет!');
    expect(main.inputsOf('survey.answer')[0]?.answers.map((a) => a.answer)).toEqual([5, 1, 2]);
  });

  it('offers Kazakh and Russian each in its own language and says which is chosen in words and a mark, not by colour', async () => {
    mount();
    const kk = screen.getByRole('button', { name: 'Қазақша' });
    const ru = screen.getByRole('button', { name: 'Русский' });
    expect([kk.getAttribute('lang'), ru.getAttribute('lang')]).toEqual(['kk', 'ru']);
    expect([kk.getAttribute('aria-pressed'), ru.getAttribute('aria-pressed')]).toEqual(['true', 'false']);
    expect(kk.querySelector('svg')).not.toBeNull();
    expect(ru.querySelector('svg')).toBeNull();
    fireEvent.click(ru);
    expect(screen.getByRole('main')).toHaveAttribute('lang', 'ru');
    expect(ru).toHaveAttribute('aria-pressed', 'true');
    expect(ru.querySelector('svg')).not.toBeNull();
  });
});

describe('the kiosk large', () => {
  // jsdom lays nothing out; the e2e run measures the boxes in Chromium. Here: what the kiosk's
  // own stylesheet gives each control by its class, read through the cascade.
  const style = document.createElement('style');
  beforeEach(() => {
    style.textContent = css;
    document.head.append(style);
  });
  afterEach(() => style.remove());

  const px = (v: string) => Number.parseFloat(v);

  it('gives every button and the code field at least 96 px of height and 28 px text, on every screen', async () => {
    mount();
    const check = () => {
      const targets = [...document.querySelectorAll<HTMLElement>('.survey button, .survey input')];
      expect(targets.length).toBeGreaterThan(0);
      for (const el of targets) {
        const style = getComputedStyle(el);
        expect({ el: el.className, h: px(style.minHeight) >= 96, f: px(style.fontSize) >= 28 }).toEqual({
          el: el.className,
          h: true,
          f: true,
        });
      }
      return targets.length;
    };
    expect(check()).toBe(5); // languages, read-all, the field, start
    await begin();
    // Languages, read-all, listen, five answers, back.
    expect(check()).toBe(10);
    expect(
      px(getComputedStyle(screen.getAllByRole('button', { name: /^[1-5]/ })[0] as Element).minHeight),
    ).toBe(200);
  });

  it('writes no text smaller than 28 px, the question at 40 px, and keeps the questions near-black on white (AAA)', () => {
    const sizes = [...css.matchAll(/font-size:\s*(\d+)px/g)].map((m) => Number(m[1]));
    expect(sizes.length).toBeGreaterThan(5);
    expect(Math.min(...sizes)).toBeGreaterThanOrEqual(28);
    expect(css).not.toMatch(/font-size:\s*[\d.]+(rem|em|%|vh|vw)/);
    expect(css).toMatch(/\.survey-ask h2 \{[^}]*font-size: 40px/);
    const ink = /--ink:\s*(#[0-9a-f]{6})/.exec(css)?.[1] as string;
    const paper = /--paper:\s*(#[0-9a-f]{6})/.exec(css)?.[1] as string;
    expect(contrast(ink, paper)).toBeGreaterThanOrEqual(7);
    const accent = /--accent:\s*(#[0-9a-f]{6})/.exec(css)?.[1] as string;
    // White words on the start button: AA for large text at least, in fact AAA.
    expect(contrast(accent, paper)).toBeGreaterThanOrEqual(7);
    const focus = /--focus:\s*(#[0-9a-f]{6})/.exec(css)?.[1] as string;
    // The focus ring against the page: WCAG 1.4.11's 3:1 for a visible indicator.
    expect(contrast(focus, paper)).toBeGreaterThanOrEqual(3);
  });
});

/** WCAG 2's contrast ratio of two colours. */
function contrast(a: string, b: string): number {
  const lum = (hex: string) => {
    const [r, g, bl] = [1, 3, 5].map((i) => {
      const c = Number.parseInt(hex.slice(i, i + 2), 16) / 255;
      return c <= 0.039_28 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    }) as [number, number, number];
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}
