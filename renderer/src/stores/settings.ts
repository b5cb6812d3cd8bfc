// The office's settings (§4, §6 defaults) and its working calendar: the holiday library plus
// the government's transfers of days off, which the §7 term depends on.

import { createStore, type StoreApi } from 'zustand';
import type { Output } from '../../../shared/contract/index.ts';
import type { AppError } from '../../../shared/contract/result.ts';
import type { OfficeSettings } from '../../../shared/contract/settings.ts';
import { checkInput } from '../api/check.ts';
import type { ApiClient } from '../api/client.ts';

export interface CorrectionDraft {
  date: string;
  kind: 'day_off' | 'working_day';
  note: string;
}

export interface SettingsState {
  draft: OfficeSettings | null;
  saving: boolean;
  notice: 'saved' | 'voice_saved' | 'correction_added' | 'correction_removed' | null;
  /** What saving the call, spoken, was refused with (its own form: settings.setVoice). */
  voiceError: AppError | null;
  error: AppError | null;
  year: number | null;
  calendar: Output<'calendar.year'> | null;
  calendarError: AppError | null;
  load(): Promise<void>;
  patch(change: (draft: OfficeSettings) => OfficeSettings): void;
  save(): Promise<boolean>;
  /** The call, spoken (issue 13): the draft's voice part alone, through its own channel. */
  saveVoice(): Promise<boolean>;
  loadYear(year: number): Promise<void>;
  addCorrection(c: CorrectionDraft): Promise<boolean>;
  removeCorrection(date: string, reason: string): Promise<boolean>;
}

export type SettingsStore = StoreApi<SettingsState>;

export function createSettingsStore(api: ApiClient, saved: (s: OfficeSettings) => void): SettingsStore {
  return createStore<SettingsState>()((set, get) => ({
    draft: null,
    saving: false,
    notice: null,
    error: null,
    voiceError: null,
    year: null,
    calendar: null,
    calendarError: null,

    async load() {
      const r = await api.invoke('settings.get', {});
      set(r.ok ? { draft: r.value, error: null, notice: null } : { error: r.error });
      if (get().year === null) {
        // The office's year, as the main side's clock and time zone count it.
        const today = await api.invoke('calendar.termEnd', {});
        if (today.ok) await get().loadYear(Number(today.value.accepted.slice(0, 4)));
      }
    },

    patch(change) {
      const draft = get().draft;
      if (draft) set({ draft: change(draft), notice: null });
    },

    async save() {
      const draft = get().draft;
      if (!draft) return false;
      const bad = await checkInput('settings.update', draft);
      if (bad) {
        set({ error: bad, notice: null });
        return false;
      }
      set({ saving: true, error: null, notice: null });
      const r = await api.invoke('settings.update', draft);
      if (!r.ok) {
        set({ saving: false, error: r.error });
        return false;
      }
      set({ saving: false, draft: r.value, notice: 'saved' });
      saved(r.value);
      return true;
    },

    async saveVoice() {
      const voice = get().draft?.voice;
      if (!voice) return false;
      const bad = await checkInput('settings.setVoice', voice);
      if (bad) {
        set({ voiceError: bad, notice: null });
        return false;
      }
      set({ saving: true, voiceError: null, notice: null });
      const r = await api.invoke('settings.setVoice', voice);
      const draft = get().draft;
      if (!r.ok || !draft) {
        set({ saving: false, voiceError: r.ok ? null : r.error });
        return false;
      }
      const next = { ...draft, voice: r.value };
      set({ saving: false, draft: next, notice: 'voice_saved' });
      saved(next);
      return true;
    },

    async loadYear(year) {
      set({ year });
      const r = await api.invoke('calendar.year', { year });
      if (get().year !== year) return;
      set(r.ok ? { calendar: r.value, calendarError: null } : { calendarError: r.error });
    },

    async addCorrection(c) {
      const bad = await checkInput('calendar.setCorrection', c);
      if (bad) {
        set({ calendarError: bad, notice: null });
        return false;
      }
      const r = await api.invoke('calendar.setCorrection', c);
      if (!r.ok) {
        set({ calendarError: r.error, notice: null });
        return false;
      }
      set({ calendarError: null, notice: 'correction_added' });
      await get().loadYear(Number(c.date.slice(0, 4)));
      return true;
    },

    async removeCorrection(date, reason) {
      const input = { date, reason };
      const bad = await checkInput('calendar.removeCorrection', input);
      if (bad) {
        set({ calendarError: bad, notice: null });
        return false;
      }
      const r = await api.invoke('calendar.removeCorrection', input);
      if (!r.ok) {
        set({ calendarError: r.error, notice: null });
        return false;
      }
      set({ calendarError: null, notice: 'correction_removed' });
      const year = get().year;
      if (year) await get().loadYear(year);
      return true;
    },
  }));
}
