// The complaint journal's state (§21–§23): the journal with its filters, the register form, one
// complaint in full with its outcome, answer and dispatch, and the overdue count the head and
// the deputy must not miss. The store alone talks to the main side; the screens read and call.

import { createStore, type StoreApi } from 'zustand';
import type {
  ComplaintDetail,
  ComplaintRow,
  JournalFilter,
  OutcomeInput,
  RegisterComplaintInput,
} from '../../../shared/contract/complaints.ts';
import type { Output } from '../../../shared/contract/index.ts';
import type { AppError } from '../../../shared/contract/result.ts';
import type { ComplaintAddressee, ComplaintChannel } from '../../../shared/domain/complaint.ts';
import {
  allowedTypeOf,
  extensionOf,
  MAX_ATTACHMENT_BYTES,
} from '../../../shared/domain/complaint-attachment.ts';
import type { Lang } from '../../../shared/standard/service-definition.ts';
import { checkInput } from '../api/check.ts';
import type { ApiClient } from '../api/client.ts';
import { browserDownload, type Download } from '../ui/download.ts';
import { hoursExceptionOf } from '../ui/HoursException.tsx';
import { emptyPostalAddress, type PostalAddressDraft, partsTyped } from '../ui/postal-address.ts';

export type { Download };

/** A file the clerk picked: its name, the type the browser reported, and its bytes on demand. */
export interface PickedFile {
  name: string;
  type: string;
  size: number;
  bytes(): Promise<Uint8Array>;
}

export interface RegisterDraft {
  /** Empty: "now", as the main side's clock says. Post that came earlier gets its own date and time. */
  receivedDate: string;
  receivedTime: string;
  channel: ComplaintChannel | '';
  addressee: ComplaintAddressee | '';
  name: string;
  iin: string;
  /** The postal address in its parts (the office's oblast and district prefilled by the form). */
  postalAddress: PostalAddressDraft;
  email: string;
  phone: string;
  language: Lang | '';
  applicationNumber: string;
  employee: string;
  summary: string;
  /** §10: the reason for registering outside the hours, asked once the desk refused (null: not asked). */
  hoursReason: string | null;
}

export interface OutcomeDraft {
  justified: boolean | null;
  satisfied: boolean | null;
  actionTaken: string;
  answerText: string;
  answerDate: string;
  answerChannel: 'post' | 'email' | '';
  outgoingNumber: string;
}

export interface DispatchDraft {
  sentDate: string;
  address: string;
  outgoingNumber: string;
}

export interface FilterDraft {
  from: string;
  to: string;
  status: NonNullable<JournalFilter['status']> | '';
  addressee: ComplaintAddressee | '';
  channel: ComplaintChannel | '';
  query: string;
}

export type Notice =
  | 'registered'
  | 'talon_sent'
  | 'document_shown'
  | 'answer_sent_to_printer'
  | 'outcome_saved'
  | 'dispatch_saved'
  | 'court_saved'
  | 'cancelled'
  | 'attached'
  | 'withdrawn'
  | 'journal_sent'
  | 'xlsx_saved'
  | 'term_saved';

export interface ComplaintsState {
  view: 'journal' | 'register' | 'detail';
  filter: FilterDraft;
  rows: ComplaintRow[];
  /** The filter the rows on screen answer (null before the first load). */
  loaded: boolean;
  summary: Output<'complaints.summary'> | null;
  indicators: Output<'complaints.indicators'> | null;
  draft: RegisterDraft;
  files: PickedFile[];
  termPreview: Output<'complaints.termEnd'> | null;
  detail: ComplaintDetail | null;
  reviewTerm: Output<'complaints.settings'> | null;
  busy: boolean;
  notice: Notice | null;
  /** A file that could not be attached, with why: the complaint itself is registered. */
  fileErrors: { name: string; error: AppError }[];
  error: AppError | null;

  refreshSummary(): Promise<void>;
  loadJournal(): Promise<void>;
  setFilter(change: Partial<FilterDraft>): void;
  /** Back to the journal, optionally with another filter (the overdue banner asks for overdue). */
  showJournal(filter?: Partial<FilterDraft>): Promise<void>;
  startRegister(): Promise<void>;
  patchDraft(change: Partial<RegisterDraft>): void;
  setFiles(files: PickedFile[]): void;
  register(): Promise<boolean>;
  open(id: number): Promise<void>;
  printTalon(lang?: Lang): Promise<void>;
  printAnswer(lang?: Lang): Promise<void>;
  recordOutcome(draft: OutcomeDraft): Promise<boolean>;
  recordDispatch(draft: DispatchDraft): Promise<boolean>;
  noteCourt(courtDate: string, courtNote: string): Promise<boolean>;
  cancel(reason: string): Promise<boolean>;
  attach(files: PickedFile[]): Promise<boolean>;
  withdrawAttachment(id: number, reason: string): Promise<boolean>;
  downloadAttachment(id: number): Promise<void>;
  openDocument(id: number): Promise<void>;
  printJournal(lang?: Lang): Promise<void>;
  exportXlsx(lang?: Lang): Promise<void>;
  loadReviewTerm(): Promise<void>;
  saveReviewTerm(days: number): Promise<boolean>;
}

export type ComplaintsStore = StoreApi<ComplaintsState>;

function toBase64(bytes: Uint8Array): string {
  let binary = '';
  const chunk = 0x8000;
  for (let i = 0; i < bytes.length; i += chunk) {
    binary += String.fromCharCode(...bytes.subarray(i, i + chunk));
  }
  return btoa(binary);
}

const emptyDraft = (): RegisterDraft => ({
  receivedDate: '',
  receivedTime: '',
  channel: '',
  addressee: '',
  name: '',
  iin: '',
  postalAddress: emptyPostalAddress(),
  email: '',
  phone: '',
  language: '',
  applicationNumber: '',
  employee: '',
  summary: '',
  hoursReason: null,
});

const emptyFilter = (): FilterDraft => ({
  from: '',
  to: '',
  status: '',
  addressee: '',
  channel: '',
  query: '',
});

const orUndefined = <T extends string>(v: T | '') => (v === '' ? undefined : v);

function journalFilterOf(f: FilterDraft): JournalFilter {
  return {
    from: orUndefined(f.from),
    to: orUndefined(f.to),
    status: orUndefined(f.status),
    addressee: orUndefined(f.addressee),
    channel: orUndefined(f.channel),
    query: f.query.trim() || undefined,
  };
}

/** The register form as the contract's input; the channel and addressee stay '' until chosen. */
function registerInputOf(d: RegisterDraft, applicationId: number | null): RegisterComplaintInput {
  return {
    ...(d.receivedDate || d.receivedTime ? { received: { date: d.receivedDate, time: d.receivedTime } } : {}),
    channel: d.channel as ComplaintChannel,
    addressee: d.addressee as ComplaintAddressee,
    complainant: {
      name: d.name,
      iin: d.iin,
      // No part typed: no postal address (an e-mail may be the only one); else the parts as typed.
      address: null,
      postalAddress: partsTyped(d.postalAddress) ? { ...d.postalAddress } : null,
      email: d.email,
      phone: d.phone,
    },
    ...(d.language ? { language: d.language } : {}),
    applicationId,
    employee: d.employee,
    summary: d.summary,
    ...hoursExceptionOf(d.hoursReason),
  };
}

function outcomeInputOf(id: number, d: OutcomeDraft): OutcomeInput {
  return {
    id,
    justified: d.justified as boolean,
    satisfied: d.justified ? d.satisfied : null,
    actionTaken: d.justified ? d.actionTaken : '',
    answerText: d.answerText,
    ...(d.answerDate ? { answerDate: d.answerDate } : {}),
    answerChannel: d.answerChannel as 'post' | 'email',
    outgoingNumber: d.outgoingNumber,
  };
}

/** A file refused before it is read and sent: the same allow-list and bound as the main side's. */
function precheck(f: Pick<PickedFile, 'name' | 'size'>): AppError | null {
  const reject = (params: Record<string, string>): AppError => ({ code: 'attachment_rejected', params });
  if (!allowedTypeOf(f.name)) return reject({ problem: 'type', extension: extensionOf(f.name) });
  if (f.size === 0) return reject({ problem: 'empty' });
  if (f.size > MAX_ATTACHMENT_BYTES)
    return reject({ problem: 'too_large', maxBytes: String(MAX_ATTACHMENT_BYTES) });
  // The content itself is checked by the main side against the file's first bytes.
  return null;
}

/** The file's name in the error, so the message can say which file it was. */
const named = (e: AppError, name: string): AppError => ({ ...e, params: { ...e.params, name } });

export function createComplaintsStore(api: ApiClient, download: Download = browserDownload): ComplaintsStore {
  let asked = 0;
  return createStore<ComplaintsState>()((set, get) => {
    const fail = (error: AppError) => {
      set({ busy: false, error, notice: null });
      return false;
    };

    const reload = async (id: number) => {
      const r = await api.invoke('complaints.get', { id });
      if (r.ok) set({ detail: r.value });
      void get().refreshSummary();
    };

    const show = async (documentId: number, sentNotice: Notice) => {
      const shown = await api.printDocument(documentId);
      if (!shown.ok) return fail(shown.error);
      set({ busy: false, notice: api.door === 'ipc' ? sentNotice : 'document_shown', error: null });
      return true;
    };

    const upload = async (complaintId: number, files: PickedFile[]) => {
      const fileErrors: { name: string; error: AppError }[] = [];
      for (const f of files) {
        const bad = precheck(f);
        if (bad) {
          fileErrors.push({ name: f.name, error: named(bad, f.name) });
          continue;
        }
        const r = await api.invoke('complaints.attach', {
          complaintId,
          fileName: f.name,
          mimeType: f.type,
          contentBase64: toBase64(await f.bytes()),
        });
        if (!r.ok) fileErrors.push({ name: f.name, error: named(r.error, f.name) });
      }
      return fileErrors;
    };

    return {
      view: 'journal',
      filter: emptyFilter(),
      rows: [],
      loaded: false,
      summary: null,
      indicators: null,
      draft: emptyDraft(),
      files: [],
      termPreview: null,
      detail: null,
      reviewTerm: null,
      busy: false,
      notice: null,
      fileErrors: [],
      error: null,

      async refreshSummary() {
        const r = await api.invoke('complaints.summary', {});
        // The count is a reminder, not the work: a failure here is not the clerk's problem.
        if (r.ok) set({ summary: r.value });
      },

      async loadJournal() {
        const filter = journalFilterOf(get().filter);
        const bad = await checkInput('complaints.journal', filter);
        if (bad) return void set({ error: bad });
        const ticket = ++asked;
        const [rows, indicators] = await Promise.all([
          api.invoke('complaints.journal', filter),
          filter.from && filter.to
            ? api.invoke('complaints.indicators', { from: filter.from, to: filter.to })
            : Promise.resolve(null),
        ]);
        // Only the newest question may paint the table.
        if (ticket !== asked) return;
        if (!rows.ok) return void set({ error: rows.error, loaded: true });
        set({
          rows: rows.value.rows,
          loaded: true,
          indicators: indicators?.ok ? indicators.value : null,
          error: indicators && !indicators.ok ? indicators.error : null,
        });
        void get().refreshSummary();
      },

      setFilter(change) {
        set({ filter: { ...get().filter, ...change }, notice: null });
        void get().loadJournal();
      },

      async showJournal(filter) {
        set({
          view: 'journal',
          detail: null,
          notice: null,
          error: null,
          fileErrors: [],
          ...(filter ? { filter: { ...emptyFilter(), ...filter } } : {}),
        });
        await get().loadJournal();
      },

      async startRegister() {
        set({ view: 'register', draft: emptyDraft(), files: [], notice: null, error: null, fileErrors: [] });
        const term = await api.invoke('complaints.termEnd', {});
        set({ termPreview: term.ok ? term.value : null });
      },

      patchDraft(change) {
        const before = get().draft;
        const draft = { ...before, ...change };
        // Typing the reason keeps the refusal it answers on screen (§10).
        set({ draft, error: Object.keys(change).join() === 'hoursReason' ? get().error : null });
        if (change.receivedDate !== undefined && change.receivedDate !== before.receivedDate) {
          void api
            .invoke(
              'complaints.termEnd',
              /^\d{4}-\d{2}-\d{2}$/.test(draft.receivedDate) ? { received: draft.receivedDate } : {},
            )
            .then((r) => r.ok && set({ termPreview: r.value }));
        }
      },

      setFiles(files) {
        set({ files });
      },

      async register() {
        const d = get().draft;
        let applicationId: number | null = null;
        const number = d.applicationNumber.trim();
        if (number) {
          const found = await api.invoke('applications.search', { query: number, limit: 5 });
          const match = found.ok ? found.value.rows.find((r) => r.regNumber === number) : undefined;
          if (!match) {
            return fail({
              code: 'invalid_input',
              issues: [{ path: 'applicationId', message: 'application_unknown' }],
            });
          }
          applicationId = match.id;
        }
        const input = registerInputOf(d, applicationId);
        const bad = await checkInput('complaints.register', input);
        if (bad) return fail(bad);
        set({ busy: true, error: null, notice: null, fileErrors: [] });
        const r = await api.invoke('complaints.register', input);
        if (!r.ok) {
          // §10: refused for the hours — the form asks for the reason, then the clerk tries again.
          if (r.error.code === 'outside_hours')
            set((s) => ({ draft: { ...s.draft, hoursReason: s.draft.hoursReason ?? '' } }));
          return fail(r.error);
        }
        const fileErrors = await upload(r.value.id, get().files);
        set({
          view: 'detail',
          detail: r.value,
          draft: emptyDraft(),
          files: [],
          fileErrors,
          notice: 'registered',
        });
        await reload(r.value.id);
        // §23: the complainant gets the tear-off talon at once.
        const talon = await api.invoke('complaints.printTalon', { complaintId: r.value.id });
        if (!talon.ok) return fail(talon.error);
        await show(talon.value.id, 'talon_sent');
        await reload(r.value.id);
        return true;
      },

      async open(id) {
        set({ error: null, notice: null, fileErrors: [] });
        const r = await api.invoke('complaints.get', { id });
        if (!r.ok) return void set({ error: r.error });
        set({ view: 'detail', detail: r.value });
      },

      async printTalon(lang) {
        const detail = get().detail;
        if (!detail) return;
        set({ busy: true, error: null, notice: null });
        const r = await api.invoke('complaints.printTalon', {
          complaintId: detail.id,
          ...(lang ? { lang } : {}),
        });
        if (!r.ok) return void fail(r.error);
        await show(r.value.id, 'talon_sent');
        await reload(detail.id);
      },

      async printAnswer(lang) {
        const detail = get().detail;
        if (!detail) return;
        set({ busy: true, error: null, notice: null });
        const r = await api.invoke('complaints.printAnswer', {
          complaintId: detail.id,
          ...(lang ? { lang } : {}),
        });
        if (!r.ok) return void fail(r.error);
        await show(r.value.id, 'answer_sent_to_printer');
        await reload(detail.id);
      },

      async recordOutcome(draft) {
        const detail = get().detail;
        if (!detail) return false;
        const input = outcomeInputOf(detail.id, draft);
        const bad = await checkInput('complaints.recordOutcome', input);
        if (bad) return fail(bad);
        set({ busy: true, error: null, notice: null });
        const r = await api.invoke('complaints.recordOutcome', input);
        if (!r.ok) return fail(r.error);
        set({ busy: false, detail: r.value, notice: 'outcome_saved' });
        void get().refreshSummary();
        return true;
      },

      async recordDispatch(draft) {
        const detail = get().detail;
        if (!detail) return false;
        const input = {
          id: detail.id,
          ...(draft.sentDate ? { dispatchDate: draft.sentDate } : {}),
          dispatchAddress: draft.address,
          outgoingNumber: draft.outgoingNumber,
        };
        const bad = await checkInput('complaints.recordDispatch', input);
        if (bad) return fail(bad);
        set({ busy: true, error: null, notice: null });
        const r = await api.invoke('complaints.recordDispatch', input);
        if (!r.ok) return fail(r.error);
        set({ busy: false, detail: r.value, notice: 'dispatch_saved' });
        return true;
      },

      async noteCourt(courtDate, courtNote) {
        const detail = get().detail;
        if (!detail) return false;
        const input = { id: detail.id, courtDate, courtNote };
        const bad = await checkInput('complaints.noteCourt', input);
        if (bad) return fail(bad);
        set({ busy: true, error: null, notice: null });
        const r = await api.invoke('complaints.noteCourt', input);
        if (!r.ok) return fail(r.error);
        set({ busy: false, detail: r.value, notice: 'court_saved' });
        return true;
      },

      async cancel(reason) {
        const detail = get().detail;
        if (!detail) return false;
        const input = { id: detail.id, reason };
        const bad = await checkInput('complaints.cancel', input);
        if (bad) return fail(bad);
        set({ busy: true, error: null, notice: null });
        const r = await api.invoke('complaints.cancel', input);
        if (!r.ok) return fail(r.error);
        set({ busy: false, detail: r.value, notice: 'cancelled' });
        void get().refreshSummary();
        return true;
      },

      async attach(files) {
        const detail = get().detail;
        if (!detail || !files.length) return false;
        set({ busy: true, error: null, notice: null, fileErrors: [] });
        const fileErrors = await upload(detail.id, files);
        await reload(detail.id);
        set({ busy: false, fileErrors, notice: fileErrors.length < files.length ? 'attached' : null });
        return fileErrors.length === 0;
      },

      async withdrawAttachment(id, reason) {
        const detail = get().detail;
        if (!detail) return false;
        const input = { id, reason };
        const bad = await checkInput('complaints.withdrawAttachment', input);
        if (bad) return fail(bad);
        const r = await api.invoke('complaints.withdrawAttachment', input);
        if (!r.ok) return fail(r.error);
        await reload(detail.id);
        set({ notice: 'withdrawn', error: null });
        return true;
      },

      async downloadAttachment(id) {
        const r = await api.invoke('complaints.attachmentContent', { id });
        if (!r.ok) return void set({ error: r.error });
        download(r.value.fileName, r.value.mimeType, r.value.contentBase64);
      },

      async openDocument(id) {
        const r = await api.openDocument(id);
        if (!r.ok) set({ error: r.error });
      },

      async printJournal(lang) {
        const filter = journalFilterOf(get().filter);
        set({ busy: true, error: null, notice: null });
        const r = await api.invoke('complaints.printJournal', { ...filter, ...(lang ? { lang } : {}) });
        if (!r.ok) return void fail(r.error);
        await show(r.value.id, 'journal_sent');
      },

      async exportXlsx(lang) {
        const filter = journalFilterOf(get().filter);
        set({ busy: true, error: null, notice: null });
        const r = await api.invoke('complaints.exportXlsx', { ...filter, ...(lang ? { lang } : {}) });
        if (!r.ok) return void fail(r.error);
        download(
          r.value.fileName,
          'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
          r.value.contentBase64,
        );
        set({ busy: false, notice: 'xlsx_saved' });
      },

      async loadReviewTerm() {
        const r = await api.invoke('complaints.settings', {});
        set(r.ok ? { reviewTerm: r.value } : { error: r.error });
      },

      async saveReviewTerm(days) {
        const input = { reviewTermDays: days };
        const bad = await checkInput('complaints.setReviewTerm', input);
        if (bad) return fail(bad);
        const r = await api.invoke('complaints.setReviewTerm', input);
        if (!r.ok) return fail(r.error);
        set({ reviewTerm: r.value, notice: 'term_saved', error: null });
        return true;
      },
    };
  });
}
