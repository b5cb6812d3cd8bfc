// `desk speak A-015 --out call.wav`: the call as the waiting room hears it — the chime, then the
// office's phrase in each language of Settings, in their order — written as a WAV, for the IT
// person to listen to on any machine and for the tests. The same words and the same engine as
// the screen (shared/domain/spoken-call.ts, shared/voice/speech.ts).

import fs from 'node:fs';
import type { DisplayState } from '../../shared/contract/queue.ts';
import {
  announcementTexts,
  SPOKEN_EVENTS,
  type SpokenEvent,
  type SpokenLang,
} from '../../shared/domain/spoken-call.ts';
import { chimeSamples, encodeWav } from '../../shared/voice/sound.ts';
import { joinWithPauses, SPEECH_SAMPLE_RATE, synthesize } from '../../shared/voice/speech.ts';

/** Between the chime and the first phrase, and between the languages. */
export const PAUSE_SECONDS = 0.6;

export interface SpokenCall {
  file: string;
  seconds: number;
  /** Whether the screen says it: the office may have turned the voice off in Settings. */
  enabled: boolean;
  texts: { lang: SpokenLang; text: string }[];
}

export function parseEvent(value: string | undefined): SpokenEvent {
  const event = (value ?? 'call') as SpokenEvent;
  if (!SPOKEN_EVENTS.includes(event))
    throw new RangeError(`--event ${value}: one of ${SPOKEN_EVENTS.join(', ')}.`);
  return event;
}

export function parseLanguages(value: string | undefined): SpokenLang[] | undefined {
  if (value === undefined) return undefined;
  const langs = value.split(',').map((l) => l.trim());
  if (langs.length === 0 || langs.some((l) => l !== 'kk' && l !== 'ru'))
    throw new RangeError(`--lang ${value}: kk, ru or kk,ru.`);
  return langs as SpokenLang[];
}

/** Writes the WAV of one announcement with the office's settings (from queue.display). */
export async function writeSpokenCall(
  screen: Pick<DisplayState, 'room' | 'voice'>,
  opts: { number?: string; event: SpokenEvent; languages?: SpokenLang[]; out: string },
): Promise<SpokenCall> {
  const voice = { ...screen.voice, languages: opts.languages ?? screen.voice.languages };
  const texts = announcementTexts(voice, opts.event, { number: opts.number, room: screen.room });
  const speech = await Promise.all(texts.map((t) => synthesize(t.text, t.lang)));
  // The chime at its own level, as the screen plays it; the voice at the office's volume.
  const said = joinWithPauses(speech, PAUSE_SECONDS, voice.volume);
  const samples = joinWithPauses([chimeSamples(SPEECH_SAMPLE_RATE), said], PAUSE_SECONDS, 100);
  fs.writeFileSync(opts.out, new Uint8Array(encodeWav(samples, SPEECH_SAMPLE_RATE)));
  return { file: opts.out, seconds: samples.length / SPEECH_SAMPLE_RATE, enabled: voice.enabled, texts };
}
