// The call, spoken (issue 13): eSpeak NG compiled to WebAssembly (the npm package `espeak-ng`,
// its Kazakh and Russian voices inside the .wasm), run the same way by the waiting-room screen
// (Electron's page or a browser) and by `desk speak` in Node. Offline, no voice installed on
// Windows (which has no Kazakh voice at all). The engine is 18 MB: it is imported only when
// something is first said, never with the desk's first screen. Why this engine: README.md,
// "The call, spoken".

import type { SpokenLang } from '../domain/spoken-call.ts';

/** eSpeak NG's own rate: its WAV is 22 050 Hz, 16-bit, mono. */
export const SPEECH_SAMPLE_RATE = 22_050;

/**
 * Slower than eSpeak's 175 words a minute, with a little air between words: the visitors are
 * disabled people and carers, some hard of hearing, in a room with its own noise.
 */
const WORDS_PER_MINUTE = '135';
const WORD_GAP_10MS = '2';

/** The voice of each language in eSpeak NG's data (lang/trk/kk, lang/zle/ru). */
const VOICE: Record<SpokenLang, string> = { kk: 'kk', ru: 'ru' };

/** One phrase in one language, as samples in −1…1 at SPEECH_SAMPLE_RATE. */
export async function synthesize(text: string, lang: SpokenLang): Promise<Float32Array> {
  const { default: ESpeakNg } = await import('espeak-ng');
  // One instance a phrase: the package is eSpeak's command line, whose main() runs once.
  const engine = await ESpeakNg({
    arguments: [
      '-v',
      VOICE[lang],
      '-s',
      WORDS_PER_MINUTE,
      '-g',
      WORD_GAP_10MS,
      '-w',
      '/phrase.wav',
      '--',
      text,
    ],
    print: () => undefined,
    printErr: () => undefined,
  });
  return wavSamples(engine.FS.readFile('/phrase.wav'));
}

/** The PCM samples of eSpeak's WAV (16-bit mono; its data chunk follows the 44-byte header). */
export function wavSamples(wav: Uint8Array): Float32Array {
  const view = new DataView(wav.buffer, wav.byteOffset, wav.byteLength);
  let at = 12;
  // Walk the chunks to "data": eSpeak writes a plain header, but a reader should not assume it.
  while (at + 8 <= wav.byteLength) {
    const id = String.fromCharCode(wav[at] ?? 0, wav[at + 1] ?? 0, wav[at + 2] ?? 0, wav[at + 3] ?? 0);
    let size = view.getUint32(at + 4, true);
    if (id === 'data') {
      // eSpeak writing to a pipe leaves the size unknown (0x7fffffff): take what is there.
      size = Math.min(size, wav.byteLength - at - 8);
      const out = new Float32Array(Math.floor(size / 2));
      for (let i = 0; i < out.length; i++) out[i] = view.getInt16(at + 8 + i * 2, true) / 0x8000;
      return out;
    }
    at += 8 + size + (size % 2);
  }
  throw new Error('speech engine wrote no audio');
}

/** Samples joined with silence between them, scaled by the volume (0–100 %). */
export function joinWithPauses(
  parts: readonly Float32Array[],
  pauseSeconds: number,
  volume: number,
): Float32Array {
  const pause = Math.round(pauseSeconds * SPEECH_SAMPLE_RATE);
  const total = parts.reduce((n, p) => n + p.length, 0) + pause * Math.max(0, parts.length - 1);
  const out = new Float32Array(total);
  const gain = Math.max(0, Math.min(100, volume)) / 100;
  let at = 0;
  for (const [i, p] of parts.entries()) {
    if (i > 0) at += pause;
    for (let j = 0; j < p.length; j++) out[at + j] = (p[j] as number) * gain;
    at += p.length;
  }
  return out;
}

/** Root mean square of the samples: how loud the audio is on average (silence is 0). */
export function rms(samples: Float32Array): number {
  let sum = 0;
  for (const v of samples) sum += v * v;
  return samples.length === 0 ? 0 : Math.sqrt(sum / samples.length);
}
