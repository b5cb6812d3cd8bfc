// The decisions place (§5, §7.1, §16, §17): the due list by days left to the term, one
// application's decision panel, the in-person handover search, and the day's post. Components
// never call the main side: they call these actions.

import { createStore, type StoreApi } from 'zustand';
import type { ApplicationRow } from '../../../shared/contract/applications.ts';
import type { DecisionFile, DueRow } from '../../../shared/contract/decisions.ts';
import type { ChannelName, Input, Output } from '../../../shared/contract/index.ts';
import type { AppError } from '../../../shared/contract/result.ts';
import type { Lang } from '../../../shared/standard/service-definition.ts';
import { checkInput } from '../api/check.ts';
import type { ApiClient } from '../api/client.ts';
import { readScannedRegNumber } from '../decisions/scanner.ts';

export type DecisionsTab = 'due' | 'handover' | 'post';

/** The channels that record a step and answer with the application's decision file. */
export type MoveChannel =
  | 'decisions.startReview'
  | 'decisions.returnForCorrection'
  | 'decisions.resubmit'
  | 'decisions.approve'
  | 'decisions.refuse'
  | 'decisions.markSent'
  | 'decisions.handOver'
  | 'decisions.close'
  | 'decisions.correct';

export type PostPrint =
  | 'decisions.printPostalRegister'
  | 'decisions.printEnvelopes'
  | 'decisions.printAddressLabels';

export interface DecisionsState {
  tab: DecisionsTab;
  due: { today: string; rows: DueRow[] } | null;
  dueError: AppError | null;
  /** The application whose decision panel is open (in its detail, or on the handover tab). */
  file: DecisionFile | null;
  busy: boolean;
  notice: 'printed' | 'shown' | 'saved' | null;
  error: AppError | null;
  query: string;
  results: ApplicationRow[];
  /** The query the results answer (null before the first search). */
  searched: string | null;
  postDate: string | null;
  postDay: Output<'decisions.postDay'> | null;
  /**
   * §7.3: collecting the result is the queue's second purpose. The queue's screen hands over the
   * visitor it serves with `startHandover(applicationId, ticketId)`; the handover then records
   * that ticket with the step.
   */
  handoverTicketId: number | null;
  setTab(tab: DecisionsTab): void;
  startHandover(applicationId: number, queueTicketId?: number): Promise<void>;
  loadDue(): Promise<void>;
  openFile(applicationId: number): Promise<void>;
  closeFile(): void;
  /** Records a step; true when it was recorded (the form may then clear itself). */
  move<C extends MoveChannel>(channel: C, input: Input<C>): Promise<boolean>;
  /** `explanation`: a refusal's explanation in the letter's language, when it was asked for (§17). */
  /** `largePrint` (issue 13): this letter's size; omitted, as the applicant asked. */
  printLetter(lang?: Lang, explanation?: string, largePrint?: boolean): Promise<void>;
  /** The letter of an application on the post list, without opening its panel. */
  printLetterFor(applicationId: number): Promise<void>;
  openDocument(id: number): Promise<void>;
  setQuery(query: string): void;
  search(): Promise<void>;
  loadPostDay(date?: string): Promise<void>;
  printPost(channel: PostPrint): Promise<void>;
  /** Marks one waiting letter as handed to the post office on the day shown. */
  markSentOnPostDay(applicationId: number): Promise<void>;
}

export type DecisionsStore = StoreApi<DecisionsState>;

export function createDecisionsStore(api: ApiClient): DecisionsStore {
  let asked = 0;
  let dueAsked: Promise<void> | null = null;
  let dueStale = false;
  return createStore<DecisionsState>()((set, get) => {
    /** Sends a kept PDF to paper (Electron) or opens it (browser mode), and says which. */
    const toPaper = async (doc: Output<'decisions.printLetter'>) => {
      const shown = await api.printDocument(doc.id);
      set(
        shown.ok ? { notice: api.door === 'ipc' ? 'printed' : 'shown', error: null } : { error: shown.error },
      );
    };

    const call = async <C extends ChannelName>(channel: C, input: Input<C>) => {
      const bad = await checkInput(channel, input);
      if (bad) {
        set({ error: bad });
        return null;
      }
      set({ busy: true, error: null, notice: null });
      const r = await api.invoke(channel, input);
      set({ busy: false });
      if (!r.ok) {
        set({ error: r.error });
        return null;
      }
      return r.value;
    };

    return {
      tab: 'due',
      due: null,
      dueError: null,
      file: null,
      busy: false,
      notice: null,
      error: null,
      query: '',
      results: [],
      searched: null,
      postDate: null,
      postDay: null,
      handoverTicketId: null,

      setTab(tab) {
        set({ tab, error: null, notice: null, file: null, handoverTicketId: null });
        if (tab === 'due') void get().loadDue();
        if (tab === 'post') void get().loadPostDay(get().postDate ?? undefined);
      },

      async startHandover(applicationId, queueTicketId) {
        set({ tab: 'handover', file: null, handoverTicketId: queueTicketId ?? null });
        await get().openFile(applicationId);
      },

      loadDue() {
        // The banner, the badge and the list may all ask at once: one question answers them,
        // and a step recorded meanwhile asks once more, so the list is never older than it.
        if (dueAsked) {
          dueStale = true;
          return dueAsked;
        }
        dueAsked = (async () => {
          do {
            dueStale = false;
            const r = await api.invoke('decisions.due', {});
            set(r.ok ? { due: r.value, dueError: null } : { dueError: r.error });
          } while (dueStale);
          dueAsked = null;
        })();
        return dueAsked;
      },

      async openFile(applicationId) {
        set({ error: null, notice: null });
        const r = await api.invoke('decisions.file', { applicationId });
        set(r.ok ? { file: r.value } : { error: r.error, file: null });
      },

      closeFile() {
        set({ file: null, error: null, notice: null });
      },

      async move(channel, input) {
        const ticket = get().handoverTicketId;
        const sent =
          channel === 'decisions.handOver' && ticket !== null ? { ...input, queueTicketId: ticket } : input;
        const value = (await call(channel, sent as Input<typeof channel>)) as DecisionFile | null;
        if (!value) return false;
        set({
          file: value,
          notice: 'saved',
          ...(channel === 'decisions.handOver' ? { handoverTicketId: null } : {}),
        });
        void get().loadDue();
        return true;
      },

      async printLetter(lang, explanation, largePrint) {
        const file = get().file;
        if (!file) return;
        const doc = await call('decisions.printLetter', {
          applicationId: file.applicationId,
          ...(lang ? { lang } : {}),
          ...(explanation !== undefined ? { explanation } : {}),
          ...(largePrint !== undefined ? { largePrint } : {}),
        });
        if (!doc) return;
        await toPaper(doc);
        const again = await api.invoke('decisions.file', { applicationId: file.applicationId });
        if (again.ok) set({ file: again.value });
        void get().loadDue();
      },

      async printLetterFor(applicationId) {
        const doc = await call('decisions.printLetter', { applicationId });
        if (!doc) return;
        await toPaper(doc);
        await get().loadDue();
      },

      async openDocument(id) {
        const r = await api.openDocument(id);
        if (!r.ok) set({ error: r.error });
      },

      setQuery(query) {
        set({ query });
      },

      async search() {
        // A scanner typing the talon's QR code in the Kazakh layout gives letters: read it back.
        const typed = get().query.trim();
        const query = readScannedRegNumber(typed) ?? typed;
        const ticket = ++asked;
        set({ error: null, notice: null, query });
        const r = await api.invoke('applications.search', { query, limit: 20 });
        if (ticket !== asked) return;
        if (!r.ok) return set({ error: r.error });
        const rows = r.value.rows;
        set({ results: rows, searched: query, file: null });
        // The talon's register number names exactly one application: open it at once.
        const exact = rows.filter((row) => row.regNumber === query);
        const only = exact.length === 1 ? exact[0] : rows.length === 1 ? rows[0] : undefined;
        if (only) await get().openFile(only.id);
      },

      async loadPostDay(date) {
        const r = await api.invoke('decisions.postDay', date ? { date } : {});
        if (!r.ok) return set({ error: r.error });
        set({ postDay: r.value, postDate: r.value.date });
        if (!get().due) void get().loadDue();
      },

      async printPost(channel) {
        const date = get().postDate;
        if (!date) return;
        const doc = await call(channel, { date });
        if (!doc) return;
        await toPaper(doc);
        await get().loadPostDay(date);
      },

      async markSentOnPostDay(applicationId) {
        const date = get().postDate ?? undefined;
        const value = await call('decisions.markSent', {
          applicationId,
          ...(date ? { sentDate: date } : {}),
        });
        if (!value) return;
        set({ notice: 'saved' });
        await Promise.all([get().loadPostDay(date), get().loadDue()]);
      },
    };
  });
}
