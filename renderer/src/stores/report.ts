// The report screen (§19, §20, the appendix): the period as picked (a month, a quarter, a year or
// any range typed dd.mm.yyyy), the report of it with the 12-month trend, the records behind a
// number and the way on to an application or a complaint, the exports, and the head's "send",
// yearly targets and 3.3 entry. The main side refuses the head's actions to anyone else anyway.

import { createStore, type StoreApi } from 'zustand';
import type { Output } from '../../../shared/contract/index.ts';
import type { PeriodInput, Report } from '../../../shared/contract/report.ts';
import type { AppError, Issue } from '../../../shared/contract/result.ts';
import { DEFAULT_TIME_ZONE, localDateOf, parseLocalDate } from '../../../shared/domain/office-time.ts';
import type { Lang } from '../../../shared/standard/service-definition.ts';
import type { ApiClient } from '../api/client.ts';
import { browserDownload, type Download } from '../ui/download.ts';

export type PeriodKind = 'month' | 'quarter' | 'year' | 'range';
export type ReportFormat = 'pdf' | 'xlsx' | 'csv' | 'json';
export type RecordsFilter = 'all' | 'counted' | 'not_counted';

export interface PeriodDraft {
  kind: PeriodKind;
  year: string;
  /** '01'…'12' */
  month: string;
  /** '1'…'4' */
  quarter: string;
  /** dd.mm.yyyy, as typed. */
  from: string;
  to: string;
}

export interface ShareDraft {
  from: string;
  to: string;
  published: string;
  total: string;
  source: string;
}

type Trend = Output<'report.trend'>['months'];
type Targets = Output<'report.targets'>;

export interface ReportState {
  draft: PeriodDraft;
  report: Report | null;
  trend: Trend | null;
  /** The indicator whose 12 months the chart draws. */
  chartCode: string;
  /** The records panel: which row's records, which of them. */
  records: { code: string; filter: RecordsFilter } | null;
  targets: Targets | null;
  busy: boolean;
  notice: { kind: 'exported' | 'sent' | 'targetSaved' | 'shareEntered'; detail: string } | null;
  /** A record asked for by its number and not found (another office's file, a typo). */
  missing: string | null;
  error: AppError | null;
  open(): Promise<void>;
  setDraft(change: Partial<PeriodDraft>): void;
  show(): Promise<void>;
  step(delta: -1 | 1): Promise<void>;
  showRecords(code: string, filter: RecordsFilter): void;
  closeRecords(): void;
  chart(code: string): void;
  openRecord(code: string, ref: string): Promise<void>;
  exportFile(format: ReportFormat, lang: Lang): Promise<void>;
  send(format: ReportFormat, lang: Lang): Promise<boolean>;
  /**
   * The district roll-up: the JSON exports of several offices added up by the main side
   * (numerators and denominators summed, each file's period, edition and signature checked),
   * downloaded as one file.
   */
  merge(files: readonly RollUpFile[], format: ReportFormat, lang: Lang): Promise<void>;
  loadTargets(year: number): Promise<void>;
  setTarget(code: string, normative: number, target: number): Promise<boolean>;
  enterInternetShare(draft: ShareDraft): Promise<Issue[] | null>;
}

export type ReportStore = StoreApi<ReportState>;

/** One office's JSON export as the head picked it: its name and its text. */
export interface RollUpFile {
  name: string;
  text: string;
}

export interface ReportDeps {
  openApplication(id: number): void;
  openComplaint(id: number): void;
  /** The office's time zone: "today" for the default period is the office's. */
  timeZone(): string | undefined;
  download?: Download;
}

const MIME: Record<ReportFormat, string> = {
  pdf: 'application/pdf',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  csv: 'text/csv',
  json: 'application/json',
};

const pad = (n: number) => String(n).padStart(2, '0');
const dmy = (iso: string) => `${iso.slice(8, 10)}.${iso.slice(5, 7)}.${iso.slice(0, 4)}`;

/** Which place opens a record of a row: applications by register number, complaints by journal number. */
export function recordKind(code: string, ref: string): 'application' | 'complaint' | null {
  if (['1.1', '2.2', '3.2'].includes(code) && /^\d{4}-\d+$/.test(ref)) return 'application';
  if (['4.1', '4.2'].includes(code) && ref !== '') return 'complaint';
  return null;
}

/** The draft showing a period the main side answered with. */
export function draftOf(p: Report['period'], before: PeriodDraft): PeriodDraft {
  const year = p.to.slice(0, 4);
  const month = p.to.slice(5, 7);
  return {
    ...before,
    kind: p.kind,
    year,
    month,
    quarter: String(Math.floor((Number(month) - 1) / 3) + 1),
    from: dmy(p.from),
    to: dmy(p.to),
  };
}

/** The contract's period of a typed draft, or what keeps it from being one. */
export function periodInputOf(d: PeriodDraft): { input: PeriodInput } | { issues: Issue[] } {
  if (d.kind === 'range') {
    const from = parseLocalDate(d.from.trim());
    const to = parseLocalDate(d.to.trim());
    const issues: Issue[] = [];
    if (!from) issues.push({ path: 'from', message: 'date_format' });
    if (!to) issues.push({ path: 'to', message: 'date_format' });
    if (from && to && from > to) issues.push({ path: 'to', message: 'range_reversed' });
    return issues.length || !from || !to ? { issues } : { input: { from, to } };
  }
  if (!/^\d{4}$/.test(d.year.trim()) || Number(d.year) < 2000 || Number(d.year) > 2100)
    return { issues: [{ path: 'year', message: 'year_format' }] };
  const y = d.year.trim();
  if (d.kind === 'year') return { input: { period: y } };
  if (d.kind === 'quarter') return { input: { period: `${y}-Q${d.quarter}` } };
  return { input: { period: `${y}-${d.month}` } };
}

/** The draft moved by one of its own periods (a month, a quarter, a year; a range by its length). */
export function stepped(d: PeriodDraft, delta: -1 | 1): PeriodDraft {
  const y = Number(d.year);
  if (d.kind === 'month') {
    const i = y * 12 + Number(d.month) - 1 + delta;
    return { ...d, year: String(Math.floor(i / 12)), month: pad((i % 12) + 1) };
  }
  if (d.kind === 'quarter') {
    const i = y * 4 + Number(d.quarter) - 1 + delta;
    return { ...d, year: String(Math.floor(i / 4)), quarter: String((i % 4) + 1) };
  }
  if (d.kind === 'year') return { ...d, year: String(y + delta) };
  return d;
}

const EMPTY_DRAFT: PeriodDraft = { kind: 'month', year: '', month: '01', quarter: '1', from: '', to: '' };

export function createReportStore(api: ApiClient, deps: ReportDeps): ReportStore {
  const download = deps.download ?? browserDownload;
  return createStore<ReportState>()((set, get) => {
    const fail = (error: AppError) => set({ busy: false, error });

    /** The report of a period and its trend; the draft then shows what was answered. */
    const load = async (input: PeriodInput) => {
      set({ busy: true, error: null, missing: null });
      const r = await api.invoke('report.build', input);
      if (!r.ok) return fail(r.error);
      set({ report: r.value, draft: draftOf(r.value.period, get().draft), busy: false });
      const trend = await api.invoke('report.trend', { to: r.value.period.to.slice(0, 7) });
      if (trend.ok) set({ trend: trend.value.months });
    };

    const inputOrFail = (): PeriodInput | null => {
      const r = periodInputOf(get().draft);
      if ('issues' in r) {
        set({ error: { code: 'invalid_input', issues: r.issues } });
        return null;
      }
      return r.input;
    };

    return {
      draft: EMPTY_DRAFT,
      report: null,
      trend: null,
      chartCode: '1.1',
      records: null,
      targets: null,
      busy: false,
      notice: null,
      missing: null,
      error: null,

      async open() {
        if (get().report) return get().show();
        // The month of the office's today; before the 10th the report being prepared is last
        // month's, so the screen opens on that one.
        set({ busy: true });
        const r = await api.invoke('report.build', {});
        if (!r.ok) return fail(r.error);
        const today = localDateOf(new Date(r.value.generatedAt), deps.timeZone() ?? DEFAULT_TIME_ZONE);
        if (Number(today.slice(8, 10)) < 10) {
          const m = Number(today.slice(0, 4)) * 12 + Number(today.slice(5, 7)) - 2;
          return load({ period: `${Math.floor(m / 12)}-${pad((m % 12) + 1)}` });
        }
        set({ report: r.value, draft: draftOf(r.value.period, get().draft), busy: false });
        const trend = await api.invoke('report.trend', { to: r.value.period.to.slice(0, 7) });
        if (trend.ok) set({ trend: trend.value.months });
      },

      setDraft(change) {
        set({ draft: { ...get().draft, ...change }, error: null });
      },

      async show() {
        const input = inputOrFail();
        if (input) await load(input);
      },

      async step(delta) {
        set({ draft: stepped(get().draft, delta) });
        await get().show();
      },

      showRecords(code, filter) {
        set({ records: { code, filter }, missing: null });
      },

      closeRecords() {
        set({ records: null, missing: null });
      },

      chart(code) {
        set({ chartCode: code });
      },

      async openRecord(code, ref) {
        const kind = recordKind(code, ref);
        set({ missing: null, error: null });
        if (kind === 'application') {
          const r = await api.invoke('applications.search', { query: ref });
          if (!r.ok) return fail(r.error);
          const found = r.value.rows.find((a) => a.regNumber === ref);
          if (!found) return set({ missing: ref });
          deps.openApplication(found.id);
        } else if (kind === 'complaint') {
          const r = await api.invoke('complaints.journal', { query: ref });
          if (!r.ok) return fail(r.error);
          const found = r.value.rows.find((c) => c.journalNumber === ref);
          if (!found) return set({ missing: ref });
          deps.openComplaint(found.id);
        }
      },

      async exportFile(format, lang) {
        const input = inputOrFail();
        if (!input) return;
        set({ busy: true, error: null, notice: null });
        const r = await api.invoke('report.export', { ...input, format, lang });
        if (!r.ok) return fail(r.error);
        download(r.value.fileName, r.value.mimeType || MIME[format], r.value.contentBase64);
        set({ busy: false, notice: { kind: 'exported', detail: r.value.fileName } });
      },

      async merge(files, format, lang) {
        set({ busy: true, error: null, notice: null });
        const r = await api.invoke('report.merge', { files: [...files], format, lang });
        if (!r.ok) return fail(r.error);
        download(r.value.fileName, r.value.mimeType || MIME[format], r.value.contentBase64);
        set({ busy: false, notice: { kind: 'exported', detail: r.value.fileName } });
      },

      async send(format, lang) {
        const input = inputOrFail();
        if (!input) return false;
        set({ busy: true, error: null, notice: null });
        const r = await api.invoke('report.send', { ...input, format, lang });
        if (!r.ok) {
          fail(r.error);
          return false;
        }
        download(r.value.fileName, r.value.mimeType || MIME[format], r.value.contentBase64);
        await load(input);
        set({ notice: { kind: 'sent', detail: r.value.fileName } });
        return true;
      },

      async loadTargets(year) {
        const r = await api.invoke('report.targets', { year });
        set(r.ok ? { targets: r.value } : { error: r.error });
      },

      async setTarget(code, normative, target) {
        const year = get().targets?.year;
        if (year === undefined) return false;
        set({ busy: true, error: null, notice: null });
        const r = await api.invoke('report.setTarget', { year, code, normative, target });
        if (!r.ok) {
          fail(r.error);
          return false;
        }
        set({ targets: r.value, busy: false });
        const input = inputOrFail();
        if (input) await load(input);
        set({ notice: { kind: 'targetSaved', detail: code } });
        return true;
      },

      async enterInternetShare(d) {
        const issues: Issue[] = [];
        const from = parseLocalDate(d.from.trim());
        const to = parseLocalDate(d.to.trim());
        if (!from) issues.push({ path: 'from', message: 'date_format' });
        if (!to) issues.push({ path: 'to', message: 'date_format' });
        if (from && to && from > to) issues.push({ path: 'to', message: 'range_reversed' });
        const published = /^\d+$/.test(d.published.trim()) ? Number(d.published) : null;
        const total = /^\d+$/.test(d.total.trim()) ? Number(d.total) : null;
        if (published === null) issues.push({ path: 'published', message: 'count' });
        if (total === null || total < 1) issues.push({ path: 'total', message: 'count' });
        if (published !== null && total !== null && published > total)
          issues.push({ path: 'published', message: 'published_over_total' });
        if (!d.source.trim()) issues.push({ path: 'source', message: 'required' });
        if (issues.length || !from || !to || published === null || total === null) return issues;
        set({ busy: true, error: null, notice: null });
        const r = await api.invoke('report.enterInternetShare', {
          from,
          to,
          published,
          total,
          source: d.source.trim(),
        });
        if (!r.ok) {
          fail(r.error);
          return [];
        }
        const input = inputOrFail();
        if (input) await load(input);
        set({ notice: { kind: 'shareEntered', detail: '' } });
        return null;
      },
    };
  });
}
