import { z } from 'zod';
import { OFFICE_YEARS } from '../domain/calendar.ts';
import { OFFICE_AREA_DEFAULTS, SECURITY_DEFAULTS } from '../standard/office-defaults.ts';
import { anyText, empty, lang, localDate, officeDate, text } from './common.ts';
import { letterSettingsWithDefaults } from './decisions.ts';
import { queueSettingsWithDefaults } from './queue.ts';
import { voiceSettings, voiceSettingsWithDefaults } from './voice.ts';

/**
 * §18: a desk left unattended locks itself after this many minutes without a key or a click
 * (Ctrl+L locks it at once). Settings stored before the lock existed read the default.
 */
export const securitySettings = z.object({ idleLockMinutes: z.number().int().min(1).max(120) });
export type SecuritySettings = z.infer<typeof securitySettings>;
export const securitySettingsWithDefaults = securitySettings.default(() => ({ ...SECURITY_DEFAULTS }));

const contact = z.object({
  title: z.object({ kk: text(200), ru: text(200) }),
  address: z.object({ kk: text(300), ru: text(300) }),
  room: anyText(20),
  phone: anyText(40),
  email: anyText(120),
});

/** The office's own details (STANDARD.md §4, §6) and the desk's preferences. */
export const officeSettings = z.object({
  office: z.object({
    name: z.object({ kk: text(300), ru: text(300) }),
    address: z.object({ kk: text(300), ru: text(300) }),
    phone: anyText(40),
    email: anyText(120),
    /** IANA zone of the office; all local dates and times are computed in it. */
    timeZone: anyText(60).pipe(z.string().min(3)),
    /**
     * The office's own oblast and district (Kazpost's address lines): prefilled in every postal
     * address typed at the desk. Settings stored before them read the defaults.
     */
    area: z
      .object({
        oblast: z.object({ kk: text(100), ru: text(100) }),
        district: z.object({ kk: text(100), ru: text(100) }),
      })
      .default(() => structuredClone(OFFICE_AREA_DEFAULTS)),
  }),
  /** §21 — where complaints go. */
  contacts: z.object({ head: contact, deputy: contact, regional: contact }),
  printing: z.object({
    /** System printer names; empty means "ask / save as PDF". */
    sheetPrinter: anyText(200),
    receiptPrinter: anyText(200),
    talonLayout: z.enum(['a6', 'a5', 'receipt80']),
    silent: z.boolean(),
  }),
  /** Default language of printed documents; each document may still be printed in the other. */
  documentLanguage: lang,
  /** The walk-in queue (§7.2, §7.3); settings stored before it existed read its defaults. */
  queue: queueSettingsWithDefaults,
  /** §5, §16 — the notification letters' outgoing number and how envelopes are addressed. */
  letters: letterSettingsWithDefaults,
  security: securitySettingsWithDefaults,
  /** The call, spoken on the waiting-room screen (issue 13). */
  voice: voiceSettingsWithDefaults,
});
export type OfficeSettings = z.infer<typeof officeSettings>;

export const calendarCorrection = z.object({
  date: localDate,
  /** day_off: a holiday or a day off moved by decree; working_day: a weekend day worked. */
  kind: z.enum(['day_off', 'working_day']),
  note: z.string(),
});
export type CalendarCorrection = z.infer<typeof calendarCorrection>;

/** A holiday's name in both languages: the screen shows the one the user reads. */
const holidayName = z.object({ kk: z.string(), ru: z.string() });

export const settingsChannels = {
  'settings.get': { input: empty, output: officeSettings },
  'settings.update': { input: officeSettings, output: officeSettings },
  /** The call, spoken: on/off, volume, languages in order, each event's phrase (Settings → Voice). */
  'settings.setVoice': { input: voiceSettings.strict(), output: voiceSettings },
  /**
   * The office calendar for a year, each day with where it comes from: the holiday library's
   * holidays, the days off the rule moves (a holiday on a weekend, office-calendar.ts), and the
   * office's corrections (government decrees) with who entered them; then the calendar in
   * effect that every §7.1 term is counted on.
   */
  'calendar.year': {
    input: z.object({ year: z.number().int().min(OFFICE_YEARS.first).max(OFFICE_YEARS.last) }).strict(),
    output: z.object({
      holidays: z.array(
        /**
         * moves: false for a religious day off (Kurban Ait, Orthodox Christmas), never moved;
         * estimated: the library's guess of a lunar date (Kurban Ait), to check every year.
         */
        z.object({ date: localDate, name: holidayName, moves: z.boolean(), estimated: z.boolean() }),
      ),
      moves: z.array(z.object({ date: localDate, from: localDate, name: holidayName })),
      corrections: z.array(
        calendarCorrection.extend({
          enteredAt: z.string(),
          /** Who entered it; null for a correction shipped with the program. */
          enteredBy: z.string().nullable(),
        }),
      ),
      daysOff: z.array(z.object({ date: localDate, source: z.enum(['library', 'rule', 'office']) })),
      workingWeekendDays: z.array(z.object({ date: localDate, note: z.string() })),
    }),
  },
  'calendar.setCorrection': {
    input: z.object({ date: officeDate, kind: z.enum(['day_off', 'working_day']), note: text(200) }).strict(),
    output: calendarCorrection,
  },
  /** Withdraws a correction; its row is kept with who withdrew it and why. */
  'calendar.removeCorrection': {
    input: z.object({ date: officeDate, reason: text(200) }).strict(),
    output: z.object({ date: localDate }),
  },
  /** §7.1 — what the talon would say if the package were accepted on that date. */
  'calendar.termEnd': {
    input: z.object({ accepted: officeDate.optional() }).strict(),
    output: z.object({ accepted: localDate, termEnd: localDate, length: z.number(), unit: z.string() }),
  },
} as const;
