// The audio of a call is produced, not silent, and of a plausible length, in Kazakh and in
// Russian (issue 13), by the same engine the waiting-room screen loads.

import { announcementTexts } from '../domain/spoken-call.ts';
import { VOICE_DEFAULTS } from '../standard/office-defaults.ts';
import { rms, SPEECH_SAMPLE_RATE, synthesize, wavSamples } from './speech.ts';

describe('the call, synthesized', () => {
  const cases = ['A-001', 'A-015', 'B-120', 'A-999'].flatMap((ticket) =>
    announcementTexts(VOICE_DEFAULTS, 'call', { number: ticket, room: '8' }).map((t) => ({ ticket, ...t })),
  );

  it.each(cases)(
    'says the call of $ticket in $lang aloud: audible, 1.5–8 seconds',
    async ({ text, lang }) => {
      const samples = await synthesize(text, lang);
      const seconds = samples.length / SPEECH_SAMPLE_RATE;
      expect(seconds).toBeGreaterThan(1.5);
      expect(seconds).toBeLessThan(8);
      // Speech at eSpeak's full level is around 0.1–0.2; silence or a click would be near 0.
      expect(rms(samples)).toBeGreaterThan(0.03);
    },
  );

  it("finds the Kazakh and the Russian voice in the package's data", async () => {
    const { default: ESpeakNg } = await import('espeak-ng');
    const lines: string[] = [];
    await ESpeakNg({ arguments: ['--voices'], print: (l) => lines.push(l.trim().split(/\s+/).join(' ')) });
    expect(lines).toContain('5 kk --/M Kazakh trk/kk');
    expect(lines).toContain('5 ru --/M Russian zle/ru');
  });

  it('reads a Kazakh phrase with the Kazakh voice, not with the Russian rules', async () => {
    // The kk voice knows the Kazakh letters; the same words in the ru voice come out differently.
    const text = 'сегіз нөмірлі кабинетке келіңіз';
    const [kk, ru] = await Promise.all([synthesize(text, 'kk'), synthesize(text, 'ru')]);
    expect(kk.length).toBeGreaterThan(SPEECH_SAMPLE_RATE);
    expect(kk.length === ru.length && kk.every((v, i) => v === ru[i])).toBe(false);
  });

  it('reads the audio of a WAV past any chunk before its data', () => {
    const bytes = new Uint8Array(44 + 4);
    const v = new DataView(bytes.buffer);
    bytes.set(new TextEncoder().encode('RIFF'), 0);
    bytes.set(new TextEncoder().encode('data'), 36);
    v.setUint32(40, 4, true);
    v.setInt16(44, 0x4000, true);
    v.setInt16(46, -0x8000, true);
    expect([...wavSamples(bytes)]).toEqual([0.5, -1]);
  });
});
