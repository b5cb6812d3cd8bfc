import { act, render, screen } from '@testing-library/react';
import type { DisplayState } from '../../../shared/contract/queue.ts';
import { VOICE_DEFAULTS } from '../../../shared/standard/office-defaults.ts';
import { createI18n } from '../i18n/index.ts';
import { createDisplayStore } from '../stores/display.ts';
import { fakeMain } from '../test/fake-client.ts';
import { CHIME_SAMPLE_RATE, type Chime, chimeSamples, encodeWav } from './chime.ts';
import { DisplayScreen, isDisplayRoute } from './DisplayScreen.tsx';

function shown(over: Partial<DisplayState> = {}): DisplayState {
  return {
    now: '2026-11-25T05:42:00.000Z',
    clock: '10:42',
    phase: 'open',
    dayClosed: false,
    hours: { open: '09:00', close: '18:00', lunchFrom: '13:00', lunchTo: '14:00' },
    hoursLine: {
      kk: 'Жұмыс уақыты: дүйсенбі–жұма, 09:00–18:00, түскі үзіліс 13:00–14:00',
      ru: 'Часы работы: понедельник–пятница, 09:00–18:00, перерыв на обед 13:00–14:00',
    },
    room: '8',
    calling: [{ number: 'A-014', purpose: 'hand_in', calledAt: '2026-11-25T05:41:00.000Z', calls: 1 }],
    next: [
      { number: 'B-003', purpose: 'collect' },
      { number: 'A-015', purpose: 'hand_in' },
    ],
    waiting: 2,
    callSerial: 10,
    voice: VOICE_DEFAULTS,
    ...over,
  };
}

function mount(states: DisplayState[]) {
  let i = 0;
  const main = fakeMain({ 'queue.display': () => states[Math.min(i++, states.length - 1)] as DisplayState });
  // The audio player, mocked: what the room would hear, in order — the chime, then each phrase.
  const played: string[] = [];
  const chime: Chime = {
    play: async () => {
      played.push('ding');
      return 'played';
    },
    say: async (phrases, volume) => {
      for (const p of phrases) played.push(`${p.lang}@${volume}: ${p.text}`);
      return 'played';
    },
    unlock: async () => 'running',
  };
  const store = createDisplayStore(main.client, chime);
  render(<DisplayScreen store={store} i18n={createI18n('kk')} />);
  const calls = () => played.filter((p) => p === 'ding').length;
  return { store, played, calls };
}

describe('the waiting-room screen', () => {
  it('shows the number called to room No. 8 and the next numbers, in Kazakh and Russian at once', async () => {
    const { store } = mount([shown()]);
    await act(() => store.getState().refresh());
    expect(screen.getByTestId('now-number')).toHaveTextContent('A-014');
    expect(screen.getByText('Шақырылады')).toBeInTheDocument();
    expect(screen.getByText('Вызывается')).toBeInTheDocument();
    expect(screen.getByText('→ № 8 кабинет')).toBeInTheDocument();
    expect(screen.getByText('→ кабинет № 8')).toBeInTheDocument();
    expect(screen.getAllByRole('listitem').map((li) => li.textContent)).toEqual(['B-003', 'A-015']);
    expect(screen.getByTestId('display-clock')).toHaveTextContent('10:42');
    expect(screen.getByText(/Құжаттарды тапсыру \/ Сдача документов/)).toBeInTheDocument();
    expect(screen.getByText(/^Жұмыс уақыты: дүйсенбі–жұма, 09:00–18:00/)).toBeInTheDocument();
    expect(screen.getByText(/^Часы работы: понедельник–пятница, 09:00–18:00/)).toBeInTheDocument();
  });

  it('chimes and highlights on every new call or recall, not when it first opens', async () => {
    const { store, calls } = mount([
      shown(),
      shown({ callSerial: 11 }),
      shown({ callSerial: 11 }),
      shown({ callSerial: 12 }),
    ]);
    await act(() => store.getState().refresh());
    expect(calls()).toBe(0);
    await act(() => store.getState().refresh());
    expect(calls()).toBe(1);
    expect(screen.getByTestId('now-number')).toHaveClass('flash');
    await act(() => store.getState().refresh());
    expect(calls()).toBe(1);
    await act(() => store.getState().refresh());
    expect(calls()).toBe(2);
  });

  it('says the call aloud after the chime, Kazakh then Russian, and says a recall again (issue 13)', async () => {
    const called = { number: 'A-015', purpose: 'hand_in' as const, calledAt: '2026-11-25T05:43:00.000Z' };
    const { store, played } = mount([
      shown(),
      shown({ callSerial: 11, calling: [{ ...called, calls: 1 }] }),
      shown({ callSerial: 12, calling: [{ ...called, calls: 2 }] }),
    ]);
    await act(() => store.getState().refresh());
    await act(() => store.getState().refresh());
    expect(played).toEqual([
      'ding',
      'kk@90: а он бес нөмірлі талон, сегіз нөмірлі кабинетке келіңіз.',
      'ru@90: Талон а пятнадцать, пройдите в кабинет номер восемь.',
    ]);
    await act(() => store.getState().refresh());
    expect(played.slice(3)).toEqual([
      'ding',
      'kk@90: Қайта шақырамыз: а он бес нөмірлі талон, сегіз нөмірлі кабинетке келіңіз.',
      'ru@90: Повторный вызов: талон а пятнадцать, пройдите в кабинет номер восемь.',
    ]);
  });

  it('speaks in the languages, order, volume and words of Settings, and only chimes when the voice is off', async () => {
    const voice = {
      ...VOICE_DEFAULTS,
      volume: 40,
      languages: ['ru', 'kk'] as ('kk' | 'ru')[],
      phrases: { ...VOICE_DEFAULTS.phrases, call: { kk: '{number}, № {room}', ru: 'Номер {number}.' } },
    };
    const { store, played } = mount([
      shown({ voice }),
      shown({ voice, callSerial: 11 }),
      shown({ voice: { ...voice, enabled: false }, callSerial: 12 }),
    ]);
    await act(() => store.getState().refresh());
    await act(() => store.getState().refresh());
    expect(played).toEqual(['ding', 'ru@40: Номер а четырнадцать.', 'kk@40: а он төрт, сегіз нөмірлі']);
    await act(() => store.getState().refresh());
    expect(played.slice(3)).toEqual(['ding']);
  });

  it('keeps calling aloud after a sound that failed', async () => {
    let i = 0;
    const states = [shown(), shown({ callSerial: 11 }), shown({ callSerial: 12 })];
    const main = fakeMain({
      'queue.display': () => states[Math.min(i++, states.length - 1)] as DisplayState,
    });
    const said: number[] = [];
    const store = createDisplayStore(main.client, {
      play: async () => 'played',
      say: async () => {
        said.push(said.length);
        if (said.length === 1) throw new Error('the engine did not load');
        return 'played';
      },
      unlock: async () => 'running',
    });
    render(<DisplayScreen store={store} i18n={createI18n('kk')} />);
    for (let n = 0; n < 3; n++) await act(() => store.getState().refresh());
    expect(said).toEqual([0, 1]);
  });

  it('announces the lunch pause and the end of the day the same way, once each', async () => {
    const { store, played } = mount([
      shown(),
      shown({ phase: 'lunch', calling: [] }),
      shown({ phase: 'lunch', calling: [] }),
      shown({ phase: 'open', calling: [] }),
      shown({ phase: 'open', calling: [], dayClosed: true }),
      shown({ phase: 'after_close', calling: [], dayClosed: true }),
    ]);
    for (let i = 0; i < 6; i++) await act(() => store.getState().refresh());
    expect(played).toEqual([
      'ding',
      'kk@90: Түскі үзіліс. Шақыру үзілістен кейін жалғасады.',
      'ru@90: Обеденный перерыв. Вызов продолжится после перерыва.',
      'ding',
      'kk@90: Бүгінгі қабылдау аяқталды.',
      'ru@90: Приём на сегодня окончен.',
    ]);
  });

  it('says the queue is paused at lunch and when calling resumes, in both languages (§10)', async () => {
    const { store } = mount([shown({ phase: 'lunch', calling: [] })]);
    await act(() => store.getState().refresh());
    expect(screen.getByText('Түскі үзіліс')).toBeInTheDocument();
    expect(screen.getByText('Обеденный перерыв')).toBeInTheDocument();
    expect(screen.getByText('13:00–14:00. Шақыру жалғасады: 14:00')).toBeInTheDocument();
    expect(screen.queryByTestId('now-number')).not.toBeInTheDocument();
  });

  it('says the reception is over after closing', async () => {
    const { store } = mount([shown({ phase: 'after_close', calling: [], dayClosed: true })]);
    await act(() => store.getState().refresh());
    expect(screen.getByText('Бүгінгі қабылдау аяқталды')).toBeInTheDocument();
    expect(screen.getByText('Приём на сегодня окончен')).toBeInTheDocument();
  });

  // Issue 13: a state is never told by colour alone — each has its words, in both languages,
  // beside a mark of its own shape, so a visitor who does not tell yellow from blue still reads it.
  it.each([
    ['called', shown(), ['Шақырылады', 'Вызывается']],
    [
      'recalled',
      shown({
        calling: [{ number: 'A-014', purpose: 'hand_in', calledAt: '2026-11-25T05:41:00.000Z', calls: 2 }],
      }),
      ['Қайта шақырылады', 'Повторный вызов'],
    ],
    ['lunch', shown({ phase: 'lunch', calling: [] }), ['Түскі үзіліс', 'Обеденный перерыв']],
    [
      'closed',
      shown({ phase: 'after_close', calling: [], dayClosed: true }),
      ['Бүгінгі қабылдау аяқталды', 'Приём на сегодня окончен'],
    ],
    [
      'closed',
      shown({ calling: [], dayClosed: true }),
      ['Бүгінгі қабылдау аяқталды', 'Приём на сегодня окончен'],
    ],
  ] as const)('says %s in words beside its own mark, not by colour alone', async (mark, state, [kk, ru]) => {
    const { store } = mount([state]);
    await act(() => store.getState().refresh());
    const shownState = document.querySelector(`[data-state="${mark}"]`);
    expect(shownState).not.toBeNull();
    expect(shownState?.querySelector('[lang="kk"]')).toHaveTextContent(kk);
    expect(shownState?.querySelector('[lang="ru"]')).toHaveTextContent(ru);
    expect(shownState?.querySelector('svg')).toHaveAttribute('data-mark', mark);
    // Only this state's mark is on the screen: a recall is not also shown as a first call.
    const marks = [...document.querySelectorAll('svg[data-mark]')].map((m) => m.getAttribute('data-mark'));
    expect(marks).toEqual([mark]);
  });

  it('says so when the program does not answer, instead of showing old numbers as current', async () => {
    const main = fakeMain({});
    const store = createDisplayStore(main.client, {
      play: async () => 'played',
      say: async () => 'played',
      unlock: async () => 'running',
    });
    store.setState({ state: shown() });
    render(<DisplayScreen store={store} i18n={createI18n('kk')} />);
    await act(() => store.getState().refresh());
    expect(screen.getByText('Бағдарламамен байланыс жоқ / Нет связи с программой')).toBeInTheDocument();
  });

  it('is opened at #/display', () => {
    expect(isDisplayRoute('#/display')).toBe(true);
    expect(isDisplayRoute('')).toBe(false);
    expect(isDisplayRoute('#/displayx')).toBe(false);
  });
});

describe('the chime, made in the page', () => {
  it('is a short mono 16-bit WAV that starts and ends in silence and never clips', () => {
    const samples = chimeSamples();
    const seconds = samples.length / CHIME_SAMPLE_RATE;
    expect(seconds).toBeGreaterThan(0.8);
    expect(seconds).toBeLessThan(1.5);
    expect(Math.max(...samples.map(Math.abs))).toBeCloseTo(0.8, 2);
    expect(Math.abs(samples[0] as number)).toBeLessThan(0.01);
    expect(Math.abs(samples.at(-1) as number)).toBeLessThan(0.01);

    const wav = new DataView(encodeWav(samples));
    const text = (at: number, n: number) =>
      String.fromCharCode(...Array.from({ length: n }, (_, i) => wav.getUint8(at + i)));
    expect([text(0, 4), text(8, 4), text(12, 4), text(36, 4)]).toEqual(['RIFF', 'WAVE', 'fmt ', 'data']);
    expect(wav.getUint16(20, true)).toBe(1); // PCM
    expect(wav.getUint16(22, true)).toBe(1); // mono
    expect(wav.getUint32(24, true)).toBe(CHIME_SAMPLE_RATE);
    expect(wav.getUint16(34, true)).toBe(16);
    expect(wav.getUint32(40, true)).toBe(samples.length * 2);
    expect(wav.byteLength).toBe(44 + samples.length * 2);
  });
});
