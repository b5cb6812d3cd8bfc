// The engine the waiting-room screen loads and `desk speak` runs: its Kazakh and Russian voices
// (the table of calls as WAV files is in electron/cli/speak.test.ts).

import { SPEECH_SAMPLE_RATE, synthesize, wavSamples } from './speech.ts';

describe('the call, synthesized', () => {
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
