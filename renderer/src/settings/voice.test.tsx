// Settings → the call, spoken (issue 13): the head sets the languages, their order, the volume
// and the words, hears the call of A-015 as the waiting room would, and saves it through its own
// channel; a clerk only sees it.

import { screen, within } from '@testing-library/react';
import type { OfficeSettings } from '../../../shared/contract/settings.ts';
import type { VoiceSettings } from '../../../shared/contract/voice.ts';
import { OFFICE_DEFAULTS } from '../../../shared/standard/office-defaults.ts';
import { atWork, CLERK, renderDesk } from '../test/render.tsx';

// The page's audio player, mocked: what the test button makes the room hear, in order.
const heard: string[] = [];
vi.mock('../display/chime.ts', () => ({
  webAudioChime: () => ({
    play: async () => {
      heard.push('ding');
      return 'played';
    },
    say: async (phrases: { lang: string; text: string }[], volume: number) => {
      for (const p of phrases) heard.push(`${p.lang}@${volume}: ${p.text}`);
      return 'played';
    },
    unlock: async () => 'running',
  }),
}));

function voiceDesk(role: 'head' | 'clerk') {
  let saved: OfficeSettings = OFFICE_DEFAULTS;
  return renderDesk({
    'session.current': () => atWork({ ...CLERK, role }),
    'settings.get': () => saved,
    'settings.setVoice': (voice) => {
      saved = { ...saved, voice: voice as VoiceSettings };
      return saved.voice;
    },
  });
}

async function openVoice(d: ReturnType<typeof renderDesk>) {
  await screen.findByLabelText('ЖСН');
  await d.user.click(screen.getByRole('button', { name: 'Баптаулар' }));
  return screen.findByRole('form', { name: 'Шақыруды дауыстап айту' });
}

beforeEach(() => {
  heard.length = 0;
});

describe('the call, spoken, in Settings', () => {
  it('shows what A-015 will sound like, word for word, Kazakh then Russian', async () => {
    const d = voiceDesk('head');
    const form = await openVoice(d);
    expect(within(form).getByTestId('voice-sample')).toHaveTextContent(
      'а он бес нөмірлі талон, сегіз нөмірлі кабинетке келіңіз.Талон а пятнадцать, пройдите в кабинет номер восемь.',
    );
    expect(within(form).getByLabelText('Шақыру (қазақша)')).toHaveAttribute('lang', 'kk');
  });

  it('lets the head change order, volume and words, hear them, and save them through settings.setVoice', async () => {
    const d = voiceDesk('head');
    const form = await openVoice(d);
    await d.user.selectOptions(within(form).getByLabelText('Тілдер және реті'), 'ru,kk');
    const volume = within(form).getByLabelText('Дауыс қаттылығы, %');
    await d.user.clear(volume);
    await d.user.type(volume, '70');
    const callKk = within(form).getByLabelText('Шақыру (қазақша)');
    await d.user.clear(callKk);
    await d.user.type(callKk, '{{number}, № {{room}.');
    await d.user.click(within(form).getByRole('button', { name: 'Тыңдап көру' }));
    expect(heard).toEqual([
      'ding',
      'ru@70: Талон а пятнадцать, пройдите в кабинет номер восемь.',
      'kk@70: а он бес, сегіз нөмірлі.',
    ]);
    await d.user.click(within(form).getByRole('button', { name: 'Дауыс баптауларын сақтау' }));
    expect(await within(form).findByText('Дауыс баптаулары сақталды')).toBeInTheDocument();
    expect(d.inputsOf('settings.setVoice')).toEqual([
      {
        ...OFFICE_DEFAULTS.voice,
        volume: 70,
        languages: ['ru', 'kk'],
        phrases: {
          ...OFFICE_DEFAULTS.voice.phrases,
          call: { ...OFFICE_DEFAULTS.voice.phrases.call, kk: '{number}, № {room}.' },
        },
      },
    ]);
  });

  it('turns the voice off, and refuses an empty phrase before asking the main side', async () => {
    const d = voiceDesk('head');
    const form = await openVoice(d);
    await d.user.click(within(form).getByLabelText('Дауыспен шақыру қосулы'));
    await d.user.clear(within(form).getByLabelText('Түскі үзіліс (орысша)'));
    await d.user.click(within(form).getByRole('button', { name: 'Дауыс баптауларын сақтау' }));
    expect(d.inputsOf('settings.setVoice')).toEqual([]);
    expect(within(form).getByLabelText('Түскі үзіліс (орысша)')).toHaveAttribute('aria-invalid', 'true');
    await d.user.type(within(form).getByLabelText('Түскі үзіліс (орысша)'), 'Обед.');
    await d.user.click(within(form).getByRole('button', { name: 'Дауыс баптауларын сақтау' }));
    expect(await within(form).findByText('Дауыс баптаулары сақталды')).toBeInTheDocument();
    expect(d.inputsOf('settings.setVoice')[0]).toMatchObject({
      enabled: false,
      phrases: { lunch: { ru: 'Обед.' } },
    });
  });

  it('is only seen by a clerk, who may still listen', async () => {
    const d = voiceDesk('clerk');
    const form = await openVoice(d);
    expect(within(form).getByLabelText('Дауыспен шақыру қосулы')).toBeDisabled();
    expect(within(form).queryByRole('button', { name: 'Дауыс баптауларын сақтау' })).toBeNull();
    expect(
      within(form).getByText('Дауыс баптауларын әкімші немесе бөлім бастығы өзгертеді'),
    ).toBeInTheDocument();
    await d.user.click(within(form).getByRole('button', { name: 'Тыңдап көру' }));
    expect(heard[0]).toBe('ding');
  });
});
