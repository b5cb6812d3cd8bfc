// The waiting-room screen's chime and the WAV it and the spoken call are written as: plain
// samples, no file to ship. The screen plays them (renderer/src/display/chime.ts); `desk speak`
// writes the chime and the call into one WAV, as the room hears them.

export const CHIME_SAMPLE_RATE = 22_050;

/** E5 then C5, bell-like (a fundamental and two softer partials), each with a quick decay. */
const NOTES = [
  { hz: 659.25, start: 0, length: 0.45 },
  { hz: 523.25, start: 0.38, length: 0.8 },
] as const;

export function chimeSamples(rate = CHIME_SAMPLE_RATE): Float32Array {
  const total = Math.ceil(rate * Math.max(...NOTES.map((n) => n.start + n.length)));
  const out = new Float32Array(total);
  for (const n of NOTES) {
    const from = Math.floor(n.start * rate);
    const count = Math.floor(n.length * rate);
    for (let i = 0; i < count && from + i < total; i++) {
      const t = i / rate;
      // 8 ms attack against a click, then an exponential fade to silence at the note's end.
      const envelope = Math.min(1, t / 0.008) * Math.exp(-4.5 * (t / n.length)) * (1 - i / count);
      const tone =
        Math.sin(2 * Math.PI * n.hz * t) +
        0.35 * Math.sin(2 * Math.PI * 2 * n.hz * t) +
        0.12 * Math.sin(2 * Math.PI * 3 * n.hz * t);
      out[from + i] = (out[from + i] as number) + envelope * tone;
    }
  }
  let peak = 0;
  for (const v of out) peak = Math.max(peak, Math.abs(v));
  // Loud enough for a room, never clipping.
  const gain = peak > 0 ? 0.8 / peak : 0;
  for (let i = 0; i < out.length; i++) out[i] = (out[i] as number) * gain;
  return out;
}

/** A mono 16-bit PCM WAV file of the samples. */
export function encodeWav(samples: Float32Array, rate = CHIME_SAMPLE_RATE): ArrayBuffer {
  const buffer = new ArrayBuffer(44 + samples.length * 2);
  const v = new DataView(buffer);
  const text = (at: number, s: string) => {
    for (let i = 0; i < s.length; i++) v.setUint8(at + i, s.charCodeAt(i));
  };
  text(0, 'RIFF');
  v.setUint32(4, 36 + samples.length * 2, true);
  text(8, 'WAVE');
  text(12, 'fmt ');
  v.setUint32(16, 16, true); // size of the fmt chunk
  v.setUint16(20, 1, true); // PCM
  v.setUint16(22, 1, true); // mono
  v.setUint32(24, rate, true);
  v.setUint32(28, rate * 2, true); // bytes per second
  v.setUint16(32, 2, true); // bytes per frame
  v.setUint16(34, 16, true); // bits per sample
  text(36, 'data');
  v.setUint32(40, samples.length * 2, true);
  for (let i = 0; i < samples.length; i++) {
    const s = Math.max(-1, Math.min(1, samples[i] as number));
    v.setInt16(44 + i * 2, Math.round(s * 0x7fff), true);
  }
  return buffer;
}
