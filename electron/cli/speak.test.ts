// The call, spoken (issue 13): for the table of numbers, in Kazakh and in Russian, a WAV is
// written that is audible (not silence) and of a plausible length, and `desk speak` writes it
// from the office's own settings.

import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { VOICE_DEFAULTS } from '../../shared/standard/office-defaults.ts';
import { CHIME_SAMPLE_RATE, chimeSamples } from '../../shared/voice/sound.ts';
import { rms, SPEECH_SAMPLE_RATE, wavSamples } from '../../shared/voice/speech.ts';
import { PAUSE_SECONDS, writeSpokenCall } from './speak.ts';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'qabyldau-speak-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

/** The WAV's format fields and the samples of the speech after the chime and its pause. */
function readCall(file: string) {
  const bytes = new Uint8Array(fs.readFileSync(file));
  const v = new DataView(bytes.buffer);
  const text = (at: number) => String.fromCharCode(...bytes.subarray(at, at + 4));
  const lead = chimeSamples(CHIME_SAMPLE_RATE).length + Math.round(PAUSE_SECONDS * SPEECH_SAMPLE_RATE);
  return {
    format: [
      text(0),
      text(8),
      v.getUint16(20, true),
      v.getUint16(22, true),
      v.getUint32(24, true),
      v.getUint16(34, true),
    ],
    speech: wavSamples(bytes).subarray(lead),
  };
}

const TABLE = ['A-001', 'A-015', 'B-120', 'A-999'].flatMap((number) =>
  (['kk', 'ru'] as const).map((lang) => ({ number, lang })),
);

describe('the call as a WAV file', () => {
  it.each(TABLE)('$number in $lang: the chime, then 1.5–8 s of audible speech', async ({ number, lang }) => {
    const out = path.join(dir, `${number}-${lang}.wav`);
    const r = await writeSpokenCall(
      { room: '8', voice: VOICE_DEFAULTS },
      { number, event: 'call', languages: [lang], out },
    );
    const { format, speech } = readCall(out);
    expect(format).toEqual(['RIFF', 'WAVE', 1, 1, SPEECH_SAMPLE_RATE, 16]); // PCM, mono, 16-bit
    const seconds = speech.length / SPEECH_SAMPLE_RATE;
    expect(seconds).toBeGreaterThan(1.5);
    expect(seconds).toBeLessThan(8);
    // eSpeak's speech at 90 % is around 0.1; silence, or a click, is near 0.
    expect(rms(speech)).toBeGreaterThan(0.03);
    expect(r.texts.map((t) => t.lang)).toEqual([lang]);
  });

  it('is written by `desk speak` from the office settings: Kazakh then Russian, the room of the standard', async () => {
    const out = path.join(dir, 'call.wav');
    const run = await new Promise<{ code: number; stdout: string; stderr: string }>((resolve) =>
      execFile(
        process.execPath,
        [
          path.resolve(import.meta.dirname, 'desk.ts'),
          'speak',
          'B-120',
          '--out',
          out,
          '--data-dir',
          path.join(dir, 'data'),
        ],
        { encoding: 'utf8' },
        (error, stdout, stderr) => resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
      ),
    );
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const printed = JSON.parse(run.stdout) as {
      file: string;
      seconds: number;
      texts: { lang: string; text: string }[];
    };
    expect(printed.texts).toEqual([
      { lang: 'kk', text: 'бэ жүз жиырма нөмірлі талон, сегіз нөмірлі кабинетке келіңіз.' },
      { lang: 'ru', text: 'Талон бэ сто двадцать, пройдите в кабинет номер восемь.' },
    ]);
    const { speech } = readCall(out);
    expect(speech.length / SPEECH_SAMPLE_RATE).toBeGreaterThan(4);
    expect(printed.seconds).toBeCloseTo(fs.statSync(out).size / 2 / SPEECH_SAMPLE_RATE, 1);
  }, 60_000);

  it('refuses an event it does not know, with the ones it does', async () => {
    await expect(
      writeSpokenCall(
        { room: '8', voice: VOICE_DEFAULTS },
        { event: 'lunch', out: path.join(dir, 'lunch.wav') },
      ),
    ).resolves.toMatchObject({ texts: [{ lang: 'kk' }, { lang: 'ru' }] });
    const { parseEvent } = await import('./speak.ts');
    expect(() => parseEvent('break')).toThrow('one of call, recall, lunch, closing');
  });
});
