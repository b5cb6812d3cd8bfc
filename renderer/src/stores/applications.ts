// The applications register: search as the clerk types (debounced), one application in full,
// and the talon reprinted on request.

import { createStore, type StoreApi } from 'zustand';
import type { ApplicationDetail, ApplicationRow } from '../../../shared/contract/applications.ts';
import type { PrintedDocument } from '../../../shared/contract/common.ts';
import type { AppError } from '../../../shared/contract/result.ts';
import type { ApiClient } from '../api/client.ts';

export interface ApplicationsState {
  query: string;
  rows: ApplicationRow[];
  total: number;
  /** The query the rows on screen answer (null before the first search). */
  answered: string | null;
  searching: boolean;
  detail: ApplicationDetail | null;
  printed: PrintedDocument[];
  notice: 'talon_sent' | 'talon_shown' | null;
  error: AppError | null;
  setQuery(query: string): void;
  search(): Promise<void>;
  open(id: number): Promise<void>;
  close(): void;
  reprintTalon(): Promise<void>;
  openDocument(id: number): Promise<void>;
}

export type ApplicationsStore = StoreApi<ApplicationsState>;

export function createApplicationsStore(api: ApiClient, searchDelayMs: number): ApplicationsStore {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let asked = 0;

  return createStore<ApplicationsState>()((set, get) => {
    const loadPrinted = async (id: number) => {
      const docs = await api.invoke('documents.list', { entity: 'application', entityId: id });
      if (get().detail?.id !== id) return;
      set(docs.ok ? { printed: docs.value } : { error: docs.error });
    };

    return {
      query: '',
      rows: [],
      total: 0,
      answered: null,
      searching: false,
      detail: null,
      printed: [],
      notice: null,
      error: null,

      setQuery(query) {
        set({ query });
        clearTimeout(timer);
        timer = setTimeout(() => void get().search(), searchDelayMs);
      },

      async search() {
        clearTimeout(timer);
        const query = get().query.trim();
        const ticket = ++asked;
        set({ searching: true });
        const r = await api.invoke('applications.search', { query });
        // Only the newest question may paint the table.
        if (ticket !== asked) return;
        if (!r.ok) return set({ searching: false, error: r.error });
        set({ rows: r.value.rows, total: r.value.total, answered: query, searching: false, error: null });
      },

      async open(id) {
        set({ error: null, notice: null });
        const r = await api.invoke('applications.get', { id });
        if (!r.ok) return set({ error: r.error });
        set({ detail: r.value, printed: [] });
        await loadPrinted(id);
      },

      close() {
        set({ detail: null, printed: [], notice: null, error: null });
      },

      async reprintTalon() {
        const detail = get().detail;
        if (!detail) return;
        set({ error: null, notice: null });
        const r = await api.invoke('intake.printTalon', { applicationId: detail.id });
        if (!r.ok) return set({ error: r.error });
        const shown = await api.printDocument(r.value.id);
        set(
          shown.ok
            ? { notice: api.door === 'ipc' ? 'talon_sent' : 'talon_shown', error: null }
            : { error: shown.error },
        );
        await loadPrinted(detail.id);
      },

      async openDocument(id) {
        const r = await api.openDocument(id);
        if (!r.ok) set({ error: r.error });
      },
    };
  });
}
