// Who works at the desk (Settings → Users, administrators only): the active users, adding one
// (the head and the deputy sign decisions, §9), and deactivating one who left — never deleted,
// with the reason, so the audit log still names who did what.

import { createStore, type StoreApi } from 'zustand';
import type { User } from '../../../shared/contract/common.ts';
import type { Input } from '../../../shared/contract/index.ts';
import type { AppError } from '../../../shared/contract/result.ts';
import { checkInput } from '../api/check.ts';
import type { ApiClient } from '../api/client.ts';

export type UserDraft = Input<'users.create'>;

export interface UsersState {
  users: User[] | null;
  busy: boolean;
  /** The last change done, for the line that confirms it. */
  notice: { kind: 'created' | 'deactivated' | 'passwordSet'; fullName: string } | null;
  /** Error of the list or of the add form. */
  error: AppError | null;
  /** Error of a deactivation, with the user it was about (shown at that user's row). */
  deactivateError: { userId: number; error: AppError } | null;
  /** Error of setting a password, with the user it was about (shown at that user's row). */
  passwordError: { userId: number; error: AppError } | null;
  load(): Promise<void>;
  create(draft: UserDraft): Promise<boolean>;
  deactivate(userId: number, reason: string): Promise<boolean>;
  /** Sets or resets a user's password; they choose their own at the next sign-in. */
  setPassword(userId: number, password: string): Promise<boolean>;
}

export type UsersStore = StoreApi<UsersState>;

export function createUsersStore(api: ApiClient): UsersStore {
  return createStore<UsersState>()((set, get) => {
    /** An action on one user's row: checked, then sent; its error is shown at that row. */
    const onRow = async <C extends 'users.deactivate' | 'users.setPassword'>(
      channel: C,
      input: Input<C>,
      errorAt: 'deactivateError' | 'passwordError',
      done: 'deactivated' | 'passwordSet',
    ): Promise<boolean> => {
      const { userId } = input;
      const bad = await checkInput(channel, input);
      if (bad) {
        set({ [errorAt]: { userId, error: bad }, notice: null });
        return false;
      }
      const fullName = get().users?.find((u) => u.id === userId)?.fullName ?? '';
      set({ busy: true, error: null, notice: null, deactivateError: null, passwordError: null });
      const r = await api.invoke(channel, input);
      if (!r.ok) {
        set({ busy: false, [errorAt]: { userId, error: r.error } });
        return false;
      }
      set({ busy: false, notice: { kind: done, fullName } });
      return true;
    };

    return {
      users: null,
      busy: false,
      notice: null,
      error: null,
      deactivateError: null,
      passwordError: null,

      async load() {
        const r = await api.invoke('session.users', {});
        set(r.ok ? { users: r.value } : { error: r.error });
      },

      async create(draft) {
        const bad = await checkInput('users.create', draft);
        if (bad) {
          set({ error: bad, notice: null });
          return false;
        }
        set({ busy: true, error: null, notice: null, deactivateError: null });
        const r = await api.invoke('users.create', draft);
        if (!r.ok) {
          set({ busy: false, error: r.error });
          return false;
        }
        set({ busy: false, notice: { kind: 'created', fullName: r.value.fullName } });
        await get().load();
        return true;
      },

      async deactivate(userId, reason) {
        const done = await onRow('users.deactivate', { userId, reason }, 'deactivateError', 'deactivated');
        if (done) await get().load();
        return done;
      },

      setPassword: (userId, password) =>
        onRow('users.setPassword', { userId, password }, 'passwordError', 'passwordSet'),
    };
  });
}
