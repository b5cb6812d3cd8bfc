// The call, spoken (issue 13): what the waiting-room screen says aloud after its chime, set by
// the head or the administrator in Settings and kept with the office settings.

import { z } from 'zod';
import { VOICE_DEFAULTS } from '../standard/office-defaults.ts';
import { lang, text } from './common.ts';

/** One phrase in each language; `{number}` is the ticket, `{room}` the room (see spoken-call.ts). */
const phrase = z.object({ kk: text(300), ru: text(300) });

export const voiceSettings = z.object({
  enabled: z.boolean(),
  /** Percent of the engine's full loudness. */
  volume: z.number().int().min(0).max(100),
  /** Spoken in this order after the chime; Kazakh then Russian by default, as the signs are written. */
  languages: z
    .array(lang)
    .min(1)
    .max(2)
    .refine((l) => new Set(l).size === l.length, { message: 'languages_repeated' }),
  phrases: z.object({ call: phrase, recall: phrase, lunch: phrase, closing: phrase }),
});
export type VoiceSettings = z.infer<typeof voiceSettings>;
/** Settings stored before the voice existed read these. */
export const voiceSettingsWithDefaults = voiceSettings.default(() => structuredClone(VOICE_DEFAULTS));
