// The applications register: search as the clerk types (debounced), a page of the newest
// matches at a time with the next and previous pages, one application in full, and the talon
// reprinted on request.

import { createStore, type StoreApi } from 'zustand';
import type { ApplicationDetail, ApplicationRow } from '../../../shared/contract/applications.ts';
import type { PrintedDocument } from '../../../shared/contract/common.ts';
import type { AppError } from '../../../shared/contract/result.ts';
import type { ApiClient } from '../api/client.ts';

/** Rows on one page of the register (issue 11: the list stopped at 100 while saying 130). */
export const APPLICATIONS_PAGE = 50;

export interface ApplicationsState {
  query: string;
  rows: ApplicationRow[];
  /** Exact up to 500; 500 with `capped` when there are more ("more than 500"). */
  total: number;
  capped: boolean;
  /** The page on screen, from 0. */
  page: number;
  /** The query the rows on screen answer (null before the first search). */
  answered: string | null;
  searching: boolean;
  detail: ApplicationDetail | null;
  printed: PrintedDocument[];
  notice: 'talon_sent' | 'talon_shown' | null;
  error: AppError | null;
  setQuery(query: string): void;
  /** Asks again from the first page (a new query). */
  search(): Promise<void>;
  /** Another page of the same query. */
  goToPage(page: number): Promise<void>;
  open(id: number): Promise<void>;
  close(): void;
  /** `largePrint` (issue 13): this paper's size; omitted, as the applicant asked. */
  reprintTalon(largePrint?: boolean): Promise<void>;
  /** Issue 13: the applicant's wish for large print, kept with the applicant. */
  setLargePrint(on: boolean): Promise<void>;
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
      capped: false,
      page: 0,
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
        await get().goToPage(0);
      },

      async goToPage(page) {
        clearTimeout(timer);
        const query = get().query.trim();
        const ticket = ++asked;
        set({ searching: true });
        const r = await api.invoke('applications.search', {
          query,
          limit: APPLICATIONS_PAGE,
          offset: page * APPLICATIONS_PAGE,
        });
        // Only the newest question may paint the table.
        if (ticket !== asked) return;
        if (!r.ok) return set({ searching: false, error: r.error });
        const { rows, total, capped } = r.value;
        set({ rows, total, capped, page, answered: query, searching: false, error: null });
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

      async setLargePrint(on) {
        const detail = get().detail;
        if (!detail) return;
        set({ error: null });
        const r = await api.invoke('applicants.setLargePrint', {
          applicantId: detail.applicant.id,
          largePrint: on,
        });
        if (!r.ok) return set({ error: r.error });
        if (get().detail?.id !== detail.id) return;
        set({ detail: { ...detail, applicant: { ...detail.applicant, largePrint: r.value.largePrint } } });
      },

      async reprintTalon(largePrint) {
        const detail = get().detail;
        if (!detail) return;
        set({ error: null, notice: null });
        const r = await api.invoke('intake.printTalon', {
          applicationId: detail.id,
          ...(largePrint === undefined ? {} : { largePrint }),
        });
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
