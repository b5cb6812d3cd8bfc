// The audit viewer (head and administrator): the filter as typed — a person, a period in
// dd.mm.yyyy, a record by its kind and number, reads or changes or an action's name — one page
// of rows, newest first, and the filtered rows as a CSV or XLSX file.

import { createStore, type StoreApi } from 'zustand';
import type { AuditEntry, AuditFilterInput } from '../../../shared/contract/audit.ts';
import type { Output } from '../../../shared/contract/index.ts';
import type { AppError, Issue } from '../../../shared/contract/result.ts';
import { parseLocalDate } from '../../../shared/domain/office-time.ts';
import type { Lang } from '../../../shared/standard/service-definition.ts';
import { checkInput } from '../api/check.ts';
import type { ApiClient } from '../api/client.ts';
import { browserDownload, type Download } from '../ui/download.ts';

export const AUDIT_PAGE_SIZE = 50;

/** The records the viewer offers by name; the log knows more kinds, typed as they are. */
export const AUDIT_ENTITIES = ['application', 'complaint', 'applicant', 'user', 'queue_ticket'] as const;

export interface AuditDraft {
  userId: string;
  /** dd.mm.yyyy, as typed. */
  from: string;
  to: string;
  entity: '' | (typeof AUDIT_ENTITIES)[number];
  /** A register number (2026-0007), a journal number (2026/012) or an id. */
  number: string;
  kind: '' | AuditEntry['kind'];
  action: string;
}

export const EMPTY_AUDIT_DRAFT: AuditDraft = {
  userId: '',
  from: '',
  to: '',
  entity: '',
  number: '',
  kind: '',
  action: '',
};

export interface AuditState {
  draft: AuditDraft;
  people: Output<'audit.people'>;
  rows: AuditEntry[];
  total: number;
  /** More rows than `total`: the main side stops counting at 10 000. */
  capped: boolean;
  /** 0-based page of AUDIT_PAGE_SIZE rows. */
  page: number;
  loaded: boolean;
  busy: boolean;
  notice: 'exported' | null;
  error: AppError | null;
  open(): Promise<void>;
  setDraft(change: Partial<AuditDraft>): void;
  search(): Promise<void>;
  goToPage(page: number): Promise<void>;
  clear(): Promise<void>;
  exportFile(format: 'csv' | 'xlsx', lang: Lang): Promise<void>;
}

export type AuditStore = StoreApi<AuditState>;

/** The contract's filter of a typed draft, or the issues that keep it from being one. */
export function auditFilterOf(d: AuditDraft): { filter: AuditFilterInput } | { issues: Issue[] } {
  const issues: Issue[] = [];
  const date = (path: 'from' | 'to') => {
    const text = d[path].trim();
    if (!text) return undefined;
    const parsed = parseLocalDate(text);
    if (!parsed) issues.push({ path, message: 'date_format' });
    return parsed ?? undefined;
  };
  const from = date('from');
  const to = date('to');
  if (d.number.trim() && !d.entity) issues.push({ path: 'entity', message: 'required' });
  if (issues.length) return { issues };
  const filter: AuditFilterInput = {
    ...(d.userId ? { userId: Number(d.userId) } : {}),
    ...(from ? { from } : {}),
    ...(to ? { to } : {}),
    ...(d.entity ? { entity: d.entity } : {}),
    ...(d.number.trim() ? { number: d.number.trim() } : {}),
    ...(d.kind ? { kind: d.kind } : {}),
    ...(d.action.trim() ? { action: d.action.trim() } : {}),
  };
  return { filter };
}

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export function createAuditStore(api: ApiClient, download: Download = browserDownload): AuditStore {
  return createStore<AuditState>()((set, get) => {
    /** The filter to send, or null after showing why there is none. */
    const filterOrFail = (): AuditFilterInput | null => {
      const r = auditFilterOf(get().draft);
      if ('issues' in r) {
        set({ error: { code: 'invalid_input', issues: r.issues }, busy: false });
        return null;
      }
      return r.filter;
    };

    const load = async (page: number) => {
      const filter = filterOrFail();
      if (!filter) return;
      const input = { ...filter, limit: AUDIT_PAGE_SIZE, offset: page * AUDIT_PAGE_SIZE };
      const bad = await checkInput('audit.list', input);
      if (bad) return set({ error: bad });
      set({ busy: true, error: null, notice: null });
      const r = await api.invoke('audit.list', input);
      if (!r.ok) return set({ busy: false, error: r.error, loaded: true });
      set({
        busy: false,
        loaded: true,
        rows: r.value.rows,
        total: r.value.total,
        capped: r.value.capped,
        page,
      });
    };

    return {
      draft: EMPTY_AUDIT_DRAFT,
      people: [],
      rows: [],
      total: 0,
      capped: false,
      page: 0,
      loaded: false,
      busy: false,
      notice: null,
      error: null,

      async open() {
        const people = await api.invoke('audit.people', {});
        if (people.ok) set({ people: people.value });
        await load(0);
      },

      setDraft(change) {
        set({ draft: { ...get().draft, ...change } });
      },

      search: () => load(0),

      goToPage: (page) => load(page),

      async clear() {
        set({ draft: EMPTY_AUDIT_DRAFT });
        await load(0);
      },

      async exportFile(format, lang) {
        const filter = filterOrFail();
        if (!filter) return;
        set({ busy: true, error: null, notice: null });
        const r = await api.invoke('audit.export', { ...filter, format, lang });
        if (!r.ok) return set({ busy: false, error: r.error });
        download(r.value.fileName, format === 'csv' ? 'text/csv' : XLSX, r.value.contentBase64);
        set({ busy: false, notice: 'exported' });
      },
    };
  });
}
