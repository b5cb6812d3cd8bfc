// The chime of the waiting-room screen on every call: a short two-note "ding-dong" made in the
// page — samples computed (shared/voice/sound.ts, which `desk speak` writes too), written as a
// WAV (16-bit PCM), and played through the Web Audio API. No sound file to ship or download, and
// nothing for the Content-Security-Policy to allow (the bytes never become a URL:
// decodeAudioData reads them straight from memory).

import { chimeSamples, encodeWav } from '../../../shared/voice/sound.ts';

export { CHIME_SAMPLE_RATE, chimeSamples, encodeWav } from '../../../shared/voice/sound.ts';

export interface Chime {
  /** 'blocked' until someone has clicked the page (the browser's autoplay rule). */
  play(): Promise<'played' | 'blocked' | 'unavailable'>;
  /** Lets the sound play from now on; in a browser that takes a click on the page first. */
  unlock(): Promise<'running' | 'blocked' | 'unavailable'>;
}

export function webAudioChime(): Chime {
  let ctx: AudioContext | null = null;
  let decoded: Promise<AudioBuffer> | null = null;
  const context = () => {
    if (!ctx && typeof AudioContext !== 'undefined') ctx = new AudioContext();
    return ctx;
  };
  const sound = (c: AudioContext) => {
    decoded ??= c.decodeAudioData(encodeWav(chimeSamples()));
    return decoded;
  };
  return {
    async play() {
      const c = context();
      if (!c) return 'unavailable';
      if (c.state !== 'running') await c.resume().catch(() => undefined);
      if (c.state !== 'running') return 'blocked';
      const source = c.createBufferSource();
      source.buffer = await sound(c);
      source.connect(c.destination);
      source.start();
      return 'played';
    },
    async unlock() {
      const c = context();
      if (!c) return 'unavailable';
      await c.resume().catch(() => undefined);
      return c.state === 'running' ? 'running' : 'blocked';
    },
  };
}
