import { DomainError } from '../../shared/contract/result.ts';
import { isValidTimeZone } from '../../shared/domain/office-time.ts';
import { termEndDate } from '../../shared/domain/term.ts';
import { definitionFor } from '../../shared/standard/service-definition.ts';
import {
  baseHolidays,
  calendarAround,
  movedDaysOff,
  workingWeekdaysOf,
} from '../calendar/office-calendar.ts';
import {
  correctionsOfYear,
  findActiveCorrection,
  insertCorrection,
  withdrawCorrection,
} from '../db/calendar.ts';
import { loadOfficeSettings, OFFICE_KEY, writeSetting } from '../db/settings.ts';
import { type HandlerGroup, read, write } from '../kernel/handler.ts';

type SettingsChannels =
  | 'settings.get'
  | 'settings.update'
  | 'settings.setVoice'
  | 'calendar.year'
  | 'calendar.setCorrection'
  | 'calendar.removeCorrection'
  | 'calendar.termEnd';

export const settingsHandlers: HandlerGroup<SettingsChannels> = {
  'settings.get': read((_input, ctx) => loadOfficeSettings(ctx.db)),

  'settings.update': write((input, ctx) => {
    if (!isValidTimeZone(input.office.timeZone)) {
      throw new DomainError('invalid_input', undefined, [
        { path: 'office.timeZone', message: 'time_zone_unknown' },
      ]);
    }
    const before = loadOfficeSettings(ctx.db);
    writeSetting(ctx.db, OFFICE_KEY, input, ctx.now.toISOString(), ctx.user.id);
    ctx.audit({ action: 'settings.update', entity: 'settings', entityId: null, before, after: input });
    return input;
  }),

  // The call, spoken (issue 13): only its part of the office settings changes; the rest is kept.
  'settings.setVoice': write((input, ctx) => {
    const before = loadOfficeSettings(ctx.db);
    writeSetting(ctx.db, OFFICE_KEY, { ...before, voice: input }, ctx.now.toISOString(), ctx.user.id);
    ctx.audit({
      action: 'settings.setVoice',
      entity: 'settings',
      entityId: null,
      before: before.voice,
      after: input,
    });
    return input;
  }),

  'calendar.year': read(({ year }, ctx) => {
    const holidays = baseHolidays(year);
    const moves = movedDaysOff(year, workingWeekdaysOf(year));
    const corrections = correctionsOfYear(ctx.db, year);
    // The calendar in effect, layer on layer: library, rule, then the office's corrections.
    const effect = new Map<string, 'library' | 'rule' | 'office' | 'working'>();
    for (const h of holidays) effect.set(h.date, 'library');
    for (const m of moves) if (m.date.startsWith(`${year}-`)) effect.set(m.date, 'rule');
    for (const c of corrections) effect.set(c.date, c.kind === 'day_off' ? 'office' : 'working');
    const daysOff: { date: string; source: 'library' | 'rule' | 'office' }[] = [];
    for (const [date, source] of [...effect].sort(([a], [b]) => a.localeCompare(b)))
      if (source !== 'working') daysOff.push({ date, source });
    return {
      holidays,
      moves,
      corrections,
      daysOff,
      workingWeekendDays: corrections
        .filter((c) => c.kind === 'working_day')
        .map((c) => ({ date: c.date, note: c.note })),
    };
  }),

  'calendar.setCorrection': write((input, ctx) => {
    const at = ctx.now.toISOString();
    const before = findActiveCorrection(ctx.db, input.date);
    // A new correction for the same day replaces the old one, which is kept as withdrawn.
    if (before) withdrawCorrection(ctx.db, before.id, at, ctx.user.id, `replaced: ${input.note}`);
    const id = insertCorrection(ctx.db, input, at, ctx.user.id);
    ctx.audit({
      action: 'calendar.setCorrection',
      entity: 'calendar_correction',
      entityId: id,
      before,
      after: input,
    });
    return input;
  }),

  'calendar.removeCorrection': write(({ date, reason }, ctx) => {
    const before = findActiveCorrection(ctx.db, date);
    if (!before) throw new DomainError('not_found', { what: 'calendar_correction', date });
    withdrawCorrection(ctx.db, before.id, ctx.now.toISOString(), ctx.user.id, reason);
    ctx.audit({
      action: 'calendar.removeCorrection',
      entity: 'calendar_correction',
      entityId: before.id,
      before,
      after: { withdrawn: true, reason },
    });
    return { date };
  }),

  'calendar.termEnd': read(({ accepted }, ctx) => {
    const date = accepted ?? ctx.today;
    const { term } = definitionFor(date);
    return { accepted: date, termEnd: termEndDate(date, term, calendarAround(ctx.db, date)), ...term };
  }),
};
