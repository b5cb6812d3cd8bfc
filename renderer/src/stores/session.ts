// Who sits at the desk, in which language, and which place of the desk is open.

import type { i18n as I18n } from 'i18next';
import { createStore, type StoreApi } from 'zustand';
import type { User } from '../../../shared/contract/common.ts';
import type { AppError } from '../../../shared/contract/result.ts';
import type { SignedIn } from '../../../shared/contract/session.ts';
import type { OfficeSettings } from '../../../shared/contract/settings.ts';
import type { Lang } from '../../../shared/standard/service-definition.ts';
import { checkInput } from '../api/check.ts';
import type { ApiClient } from '../api/client.ts';
import type { Place } from '../places.tsx';

export interface FirstUserDraft {
  login: string;
  fullName: string;
  language: Lang;
  password: string;
  /** Typed twice: a password mistyped at the first start would lock the office out. */
  passwordRepeat: string;
}

/** A repeated password that differs, as the contract's own invalid_input would say it. */
export function repeatMismatch(password: string, repeat: string): AppError | null {
  return password === repeat
    ? null
    : { code: 'invalid_input', issues: [{ path: 'passwordRepeat', message: 'password_mismatch' }] };
}

export interface SessionState {
  /**
   * change_password: an administrator set the password, the user chooses their own first;
   * locked: the places stay as they were (hidden) until the same user's password opens them.
   */
  phase: 'loading' | 'first_start' | 'sign_in' | 'change_password' | 'locked' | 'ready';
  users: User[];
  user: User | null;
  office: OfficeSettings | null;
  place: Place;
  /** Counts the restores under this desk: the places are mounted afresh on each (App.tsx). */
  generation: number;
  busy: boolean;
  error: AppError | null;
  start(): Promise<void>;
  signIn(login: string, password: string): Promise<void>;
  createFirstUser(draft: FirstUserDraft): Promise<void>;
  changePassword(currentPassword: string, password: string, passwordRepeat: string): Promise<void>;
  /** Idle too long, or Ctrl+L: the main side refuses everything but unlock until then. */
  lock(): Promise<void>;
  unlock(password: string): Promise<void>;
  /** Before sign-in: only the screen; after: remembered for the user. */
  setLanguage(lang: Lang): Promise<void>;
  /** The person at the desk leaves it (also from the lock screen): the next one starts clean. */
  signOut(): Promise<void>;
  go(place: Place): void;
  /**
   * The database under the desk was replaced (a restore): who is signed in — the main side keeps
   * the session while the restored file knows the user — and the office are read again, and the
   * places are mounted afresh; a user the file does not know signs in again.
   */
  reload(): Promise<void>;
  officeChanged(office: OfficeSettings): void;
}

export type SessionStore = StoreApi<SessionState>;

/**
 * `signedOut` is told when the person at the desk has left, so the desk can forget what they
 * had on screen (a half-filled intake, a found applicant…) before the next person sits down.
 */
export function createSessionStore(
  api: ApiClient,
  i18n: I18n,
  signedOut: () => void = () => {},
): SessionStore {
  const showLanguage = async (lang: Lang) => {
    if (i18n.language !== lang) await i18n.changeLanguage(lang);
    if (typeof document !== 'undefined') document.documentElement.lang = lang;
  };

  return createStore<SessionState>()((set, get) => {
    const enter = async (user: SignedIn) => {
      if (user.locked) return set({ user, phase: 'locked', busy: false });
      if (user.mustChangePassword) return set({ user, phase: 'change_password', busy: false });
      await showLanguage(user.language);
      const office = await api.invoke('settings.get', {});
      set({
        user,
        office: office.ok ? office.value : null,
        phase: 'ready',
        place: 'intake',
        busy: false,
        error: office.ok ? null : office.error,
      });
    };

    const listUsers = async () => {
      const users = await api.invoke('session.users', {});
      if (!users.ok) return set({ phase: 'sign_in', users: [], error: users.error, busy: false });
      set({ phase: users.value.length ? 'sign_in' : 'first_start', users: users.value, busy: false });
    };

    return {
      phase: 'loading',
      users: [],
      user: null,
      office: null,
      place: 'intake',
      generation: 0,
      busy: false,
      error: null,

      async start() {
        set({ phase: 'loading', error: null });
        const current = await api.invoke('session.current', {});
        if (current.ok && current.value) return enter(current.value);
        await listUsers();
      },

      async signIn(login, password) {
        set({ busy: true, error: null });
        const r = await api.invoke('session.signIn', { login, password });
        if (!r.ok) return set({ busy: false, error: r.error });
        await enter(r.value);
      },

      async createFirstUser({ passwordRepeat, ...draft }) {
        // The first user of an office administers it (the main side insists on it too).
        const input = { ...draft, role: 'admin' as const };
        const bad =
          (await checkInput('users.create', input)) ?? repeatMismatch(draft.password, passwordRepeat);
        if (bad) return set({ error: bad });
        set({ busy: true, error: null });
        const created = await api.invoke('users.create', input);
        if (!created.ok) return set({ busy: false, error: created.error });
        await get().signIn(created.value.login, draft.password);
      },

      async changePassword(currentPassword, password, passwordRepeat) {
        const input = { currentPassword, password };
        const bad =
          (await checkInput('session.changePassword', input)) ?? repeatMismatch(password, passwordRepeat);
        if (bad) return set({ error: bad });
        set({ busy: true, error: null });
        const r = await api.invoke('session.changePassword', input);
        if (!r.ok) return set({ busy: false, error: r.error });
        await enter(r.value);
      },

      async lock() {
        if (get().phase !== 'ready') return;
        const r = await api.invoke('session.lock', {});
        if (r.ok) set({ phase: 'locked', error: null, busy: false });
      },

      async unlock(password) {
        set({ busy: true, error: null });
        const r = await api.invoke('session.unlock', { password });
        if (!r.ok) return set({ busy: false, error: r.error });
        // A desk reloaded while locked has nothing on screen to go back to: it starts afresh.
        if (!get().office) return enter(r.value);
        // Back to the same place, with what was on screen: only the same user gets here.
        set({ phase: 'ready', busy: false, error: null, user: r.value });
      },

      async setLanguage(lang) {
        const before = get().user;
        await showLanguage(lang);
        if (!before || before.language === lang) return;
        const r = await api.invoke('session.setLanguage', { language: lang });
        if (r.ok) return set({ user: r.value, error: null });
        await showLanguage(before.language);
        set({ error: r.error });
      },

      async signOut() {
        set({ busy: true, error: null });
        const r = await api.invoke('session.signOut', {});
        if (!r.ok) return set({ busy: false, error: r.error });
        signedOut();
        set({ user: null, office: null, place: 'intake' });
        await listUsers();
      },

      go(place) {
        set({ place, error: null });
      },

      async reload() {
        const place = get().place;
        const current = await api.invoke('session.current', {});
        if (!current.ok || !current.value) {
          signedOut();
          set({ user: null, office: null, place: 'intake' });
          return listUsers();
        }
        await enter(current.value);
        set((s) => ({ place, generation: s.generation + 1 }));
      },

      officeChanged(office) {
        set({ office });
      },
    };
  });
}
