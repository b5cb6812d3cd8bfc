// Who sits at the desk, in which language, and which place of the desk is open.

import type { i18n as I18n } from 'i18next';
import { createStore, type StoreApi } from 'zustand';
import type { User } from '../../../shared/contract/common.ts';
import type { AppError } from '../../../shared/contract/result.ts';
import type { OfficeSettings } from '../../../shared/contract/settings.ts';
import type { Lang } from '../../../shared/standard/service-definition.ts';
import { checkInput } from '../api/check.ts';
import type { ApiClient } from '../api/client.ts';
import type { Place } from '../places.tsx';

export interface FirstUserDraft {
  login: string;
  fullName: string;
  language: Lang;
}

export interface SessionState {
  phase: 'loading' | 'first_start' | 'sign_in' | 'ready';
  users: User[];
  user: User | null;
  office: OfficeSettings | null;
  place: Place;
  busy: boolean;
  error: AppError | null;
  start(): Promise<void>;
  signIn(userId: number): Promise<void>;
  createFirstUser(draft: FirstUserDraft): Promise<void>;
  /** Before sign-in: only the screen; after: remembered for the user. */
  setLanguage(lang: Lang): Promise<void>;
  /** The person at the desk leaves it: the next one picks their name from the sign-in list. */
  signOut(): Promise<void>;
  go(place: Place): void;
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
    const enter = async (user: User) => {
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
      busy: false,
      error: null,

      async start() {
        set({ phase: 'loading', error: null });
        const current = await api.invoke('session.current', {});
        if (current.ok && current.value) return enter(current.value);
        await listUsers();
      },

      async signIn(userId) {
        set({ busy: true, error: null });
        const r = await api.invoke('session.signIn', { userId });
        if (!r.ok) return set({ busy: false, error: r.error });
        await enter(r.value);
      },

      async createFirstUser(draft) {
        // The first user of an office administers it (the main side insists on it too).
        const input = { ...draft, role: 'admin' as const };
        const bad = checkInput('users.create', input);
        if (bad) return set({ error: bad });
        set({ busy: true, error: null });
        const created = await api.invoke('users.create', input);
        if (!created.ok) return set({ busy: false, error: created.error });
        await get().signIn(created.value.id);
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

      officeChanged(office) {
        set({ office });
      },
    };
  });
}
