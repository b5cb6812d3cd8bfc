// The chime of the waiting-room screen on every call: a short two-note "ding-dong" made in the
// page — samples computed (shared/voice/sound.ts, which `desk speak` writes too), written as a
// WAV (16-bit PCM), and played through the Web Audio API. No sound file to ship or download, and
// nothing for the Content-Security-Policy to allow (the bytes never become a URL:
// decodeAudioData reads them straight from memory).

import type { SpokenLang } from '../../../shared/domain/spoken-call.ts';
import { chimeSamples, encodeWav } from '../../../shared/voice/sound.ts';

export { CHIME_SAMPLE_RATE, chimeSamples, encodeWav } from '../../../shared/voice/sound.ts';

/** 'stopped': someone asked for silence before the last phrase ended (the kiosk, stop()). */
type Played = 'played' | 'blocked' | 'unavailable' | 'stopped';

/** What the waiting room hears: the chime, and the call said aloud after it (issue 13). */
export interface Chime {
  /** 'blocked' until someone has clicked the page (the browser's autoplay rule). Resolves when it has rung. */
  play(): Promise<Played>;
  /** Says the phrases one after another, at the volume (0–100 %); resolves when all are said. */
  say(phrases: readonly { lang: SpokenLang; text: string }[], volume: number): Promise<Played>;
  /** Lets the sound play from now on; in a browser that takes a click on the page first. */
  unlock(): Promise<'running' | 'blocked' | 'unavailable'>;
}

/**
 * The same voice, silenced on demand: the survey kiosk reads a question aloud when the visitor
 * asks and stops the moment they answer or move on (renderer/src/survey). One engine, one path.
 */
export interface Voice extends Pick<Chime, 'say' | 'unlock'> {
  /** Stops what is being said now (its say() resolves 'stopped'); nothing when silent. */
  stop(): void;
}

/** Between one language and the next, as `desk speak` writes it (electron/cli/speak.ts). */
const PAUSE_MS = 600;

function playBuffer(
  c: AudioContext,
  buffer: AudioBuffer,
  to: AudioNode,
  started?: (source: AudioBufferSourceNode) => void,
): Promise<void> {
  return new Promise((resolve) => {
    const source = c.createBufferSource();
    source.buffer = buffer;
    source.connect(to);
    source.onended = () => resolve();
    source.start();
    started?.(source);
  });
}

export function webAudioChime(): Chime & Voice {
  let ctx: AudioContext | null = null;
  let decoded: Promise<AudioBuffer> | null = null;
  // stop() counts up; a say() begun before the count changed ends at its next step.
  let stops = 0;
  let speaking: AudioBufferSourceNode | null = null;
  const context = () => {
    if (!ctx && typeof AudioContext !== 'undefined') ctx = new AudioContext();
    return ctx;
  };
  const sound = (c: AudioContext) => {
    decoded ??= c.decodeAudioData(encodeWav(chimeSamples()));
    return decoded;
  };
  const running = async () => {
    const c = context();
    if (!c) return 'unavailable';
    if (c.state !== 'running') await c.resume().catch(() => undefined);
    return c.state === 'running' ? c : 'blocked';
  };
  return {
    async play() {
      const c = await running();
      if (typeof c === 'string') return c;
      await playBuffer(c, await sound(c), c.destination);
      return 'played';
    },
    async say(phrases, volume) {
      const epoch = stops;
      const stopped = () => stops !== epoch;
      const c = await running();
      if (typeof c === 'string') return c;
      // The engine (eSpeak NG, 18 MB of WebAssembly) is fetched the first time the room hears a
      // voice — never with the desk's first screen, which does not speak at all.
      let engine: typeof import('../../../shared/voice/speech.ts');
      try {
        engine = await import('../../../shared/voice/speech.ts');
      } catch {
        // The engine did not load (a file missing from a broken install): the chime was heard.
        return 'unavailable';
      }
      const gain = c.createGain();
      gain.gain.value = Math.max(0, Math.min(100, volume)) / 100;
      gain.connect(c.destination);
      // Each phrase is made while the one before it plays: the first is heard after one
      // phrase's synthesis, not all of them (the kiosk's question has six).
      const make = (i: number) => {
        const p = phrases[i];
        if (!p) return null;
        const made = engine.synthesize(p.text, p.lang);
        made.catch(() => undefined);
        return made;
      };
      let next = make(0);
      for (let i = 0; next; i++) {
        let samples: Float32Array;
        try {
          samples = await next;
        } catch {
          return 'unavailable';
        }
        if (stopped()) return 'stopped';
        next = make(i + 1);
        if (i > 0) await new Promise((resolve) => setTimeout(resolve, PAUSE_MS));
        if (stopped()) return 'stopped';
        const buffer = c.createBuffer(1, samples.length, engine.SPEECH_SAMPLE_RATE);
        buffer.copyToChannel(samples as Float32Array<ArrayBuffer>, 0);
        await playBuffer(c, buffer, gain, (source) => {
          speaking = source;
        });
        speaking = null;
      }
      return stopped() ? 'stopped' : 'played';
    },
    stop() {
      stops++;
      speaking?.stop();
      speaking = null;
    },
    async unlock() {
      const c = context();
      if (!c) return 'unavailable';
      await c.resume().catch(() => undefined);
      return c.state === 'running' ? 'running' : 'blocked';
    },
  };
}
