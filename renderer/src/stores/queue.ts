// The walk-in queue at the desk (§7.2, §7.3, §10): the board as the main side sees it (polled
// while the queue is open), the ticket just issued, the clerk's own visitor and the statistics.
// Serving a ticket opens the place its purpose needs — intake for "hand in documents", the
// applications search for "collect result" — through the hooks the desk wires in (desk.tsx).

import { createStore, type StoreApi } from 'zustand';
import type { DisplayScreen } from '../../../shared/bridge.ts';
import type { Board, IssuedTicket, QueueStats, Ticket } from '../../../shared/contract/queue.ts';
import type { AppError } from '../../../shared/contract/result.ts';
import type { Purpose } from '../../../shared/domain/queue.ts';
import type { ApiClient } from '../api/client.ts';

export type QueueTab = 'board' | 'stats';
export type StatsPeriod = { kind: 'day'; date: string } | { kind: 'month'; month: string };

export interface QueueHooks {
  /** A "hand in documents" visitor came to the desk: intake with the ticket attached. */
  openIntake(ticket: Ticket): void;
  /** A "collect result" visitor came: the applications search. */
  openSearch(ticket: Ticket): void;
  /** The visit is over: intake lets go of the ticket. */
  released(ticketId: number): void;
  /** §7.3, §16: the result handed over in person — the decisions place records it with the ticket. */
  openHandover(applicationId: number, ticket: Ticket): void;
  /** Whether a receipt printer is set: otherwise the ticket is shown on screen (settings). */
  hasReceiptPrinter(): boolean;
}

export interface QueueState {
  tab: QueueTab;
  board: Board | null;
  error: AppError | null;
  busy: boolean;
  /** The ticket just issued, until the clerk closes it; and how it reached the visitor. */
  issued: IssuedTicket | null;
  issuedHow: 'printed' | 'shown' | 'on_screen' | null;
  notice: {
    key: 'closed' | 'autoClosed' | 'alreadyCalled' | 'displayOpened' | 'displayBrowser';
    count?: number;
    number?: string;
  } | null;
  period: StatsPeriod | null;
  stats: QueueStats | null;
  /** Electron knows the monitors to choose from; the browser mode opens the screen as a page. */
  choosesScreen: boolean;
  screens: DisplayScreen[] | null;
  /** The queue visits of the application open in the register. */
  visits: { applicationId: number; tickets: Ticket[] } | null;
  /** The application a "collect result" visit is about, once the clerk has found it. */
  about: { id: number; regNumber: string } | null;

  setTab(tab: QueueTab): void;
  refresh(): Promise<void>;
  /** Polls the board while the queue is on screen; returns the stop. */
  watch(everyMs: number): () => void;
  /** `largePrint` (issue 13): the visitor asked for the A5 ticket in large type, printed on the sheet printer. */
  issue(purpose: Purpose, largePrint?: boolean): Promise<boolean>;
  printIssued(largePrint?: boolean): Promise<void>;
  dismissIssued(): void;
  callNext(): Promise<void>;
  recall(): Promise<void>;
  noShow(): Promise<void>;
  start(): Promise<void>;
  reopen(): void;
  finish(applicationId?: number | null): Promise<boolean>;
  handOver(application: { id: number; regNumber: string }): void;
  cancel(ticketId: number, reason: string): Promise<boolean>;
  closeDay(reason: string | null): Promise<boolean>;
  setPeriod(period: StatsPeriod): Promise<void>;
  loadScreens(): Promise<void>;
  openDisplay(screenId: number | null): Promise<void>;
  loadVisits(applicationId: number): Promise<void>;
}

export type QueueStore = StoreApi<QueueState>;

function lastDayOf(month: string): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return `${month}-${String(new Date(Date.UTC(y, m, 0)).getUTCDate()).padStart(2, '0')}`;
}

function periodRange(p: StatsPeriod): { from: string; to: string } {
  return p.kind === 'day' ? { from: p.date, to: p.date } : { from: `${p.month}-01`, to: lastDayOf(p.month) };
}

export function createQueueStore(api: ApiClient, hooks: QueueHooks): QueueStore {
  return createStore<QueueState>()((set, get) => {
    /** One step on the clerk's own visitor; the board is asked again afterwards. */
    const step = async <T>(run: () => Promise<{ ok: true; value: T } | { ok: false; error: AppError }>) => {
      // The ticket card is for the moment of issue: once the desk moves on, its "ahead" is old.
      set({ busy: true, error: null, notice: null, issued: null, issuedHow: null });
      const r = await run();
      if (!r.ok) {
        set({ busy: false, error: r.error });
        await get().refresh();
        return null;
      }
      await get().refresh();
      set({ busy: false });
      return r.value;
    };
    const mine = () => get().board?.mine ?? null;

    return {
      tab: 'board',
      board: null,
      error: null,
      busy: false,
      issued: null,
      issuedHow: null,
      notice: null,
      period: null,
      stats: null,
      choosesScreen: api.door === 'ipc',
      screens: null,
      visits: null,
      about: null,

      setTab(tab) {
        set({ tab });
        if (tab === 'stats' && !get().stats) {
          const today = get().board?.today;
          if (today) void get().setPeriod({ kind: 'day', date: today });
        }
      },

      async refresh() {
        const r = await api.invoke('queue.board', {});
        if (!r.ok) return set({ error: r.error });
        set({ board: r.value });
        if (r.value.closedNow > 0) set({ notice: { key: 'autoClosed', count: r.value.closedNow } });
      },

      watch(everyMs) {
        void get().refresh();
        if (everyMs <= 0) return () => {};
        const timer = setInterval(() => void get().refresh(), everyMs);
        return () => clearInterval(timer);
      },

      async issue(purpose, largePrint = false) {
        set({ busy: true, error: null, notice: null });
        const r = await api.invoke('queue.issue', { purpose });
        if (!r.ok) {
          set({ busy: false, error: r.error });
          return false;
        }
        set({ issued: r.value, issuedHow: null });
        // With a receipt printer the ticket goes to paper; without one it stays on the screen.
        // A large-print ticket is an A5 sheet: it goes to paper with or without a receipt printer.
        if (largePrint || hooks.hasReceiptPrinter()) await get().printIssued(largePrint);
        else set({ issuedHow: 'on_screen' });
        await get().refresh();
        set({ busy: false });
        return true;
      },

      async printIssued(largePrint = false) {
        const ticket = get().issued;
        if (!ticket) return;
        const doc = await api.invoke('queue.printTicket', {
          ticketId: ticket.id,
          ...(largePrint ? { largePrint } : {}),
        });
        if (!doc.ok) return set({ error: doc.error });
        const paper = await api.printDocument(doc.value.id);
        if (!paper.ok) return set({ error: paper.error });
        set({ issuedHow: api.door === 'ipc' ? 'printed' : 'shown' });
      },

      dismissIssued() {
        set({ issued: null, issuedHow: null });
      },

      async callNext() {
        const r = await step(() => api.invoke('queue.callNext', {}));
        if (r?.alreadyCalled && r.ticket) set({ notice: { key: 'alreadyCalled', number: r.ticket.number } });
      },

      async recall() {
        const t = mine();
        if (t) await step(() => api.invoke('queue.recall', { ticketId: t.id }));
      },

      async noShow() {
        const t = mine();
        if (t) await step(() => api.invoke('queue.noShow', { ticketId: t.id }));
      },

      async start() {
        const t = mine();
        if (!t) return;
        const started = await step(() => api.invoke('queue.start', { ticketId: t.id }));
        if (started) get().reopen();
      },

      reopen() {
        const t = mine();
        if (t?.status !== 'serving') return;
        if (t.purpose === 'hand_in') hooks.openIntake(t);
        else hooks.openSearch(t);
      },

      async finish(applicationId) {
        const t = mine();
        if (!t) return false;
        const input = applicationId ? { ticketId: t.id, applicationId } : { ticketId: t.id };
        const done = await step(() => api.invoke('queue.finish', input));
        if (done) {
          hooks.released(t.id);
          set({ about: null });
        }
        return done !== null;
      },

      handOver(application) {
        const t = mine();
        if (t?.status !== 'serving' || t.purpose !== 'collect') return;
        set({ about: application });
        hooks.openHandover(application.id, t);
      },

      async cancel(ticketId, reason) {
        return (await step(() => api.invoke('queue.cancel', { ticketId, reason }))) !== null;
      },

      async closeDay(reason) {
        const r = await step(() => api.invoke('queue.closeDay', reason ? { reason } : {}));
        if (r) set({ notice: { key: 'closed', count: r.closed } });
        return r !== null;
      },

      async setPeriod(period) {
        set({ period, error: null });
        const r = await api.invoke('queue.stats', periodRange(period));
        // Only the period still chosen may paint the table.
        if (get().period !== period) return;
        set(r.ok ? { stats: r.value } : { error: r.error, stats: null });
      },

      async loadScreens() {
        const r = await api.displays();
        set(r.ok ? { screens: r.value } : { error: r.error });
      },

      async openDisplay(screenId) {
        const r = await api.openDisplay(screenId);
        if (!r.ok) return set({ error: r.error });
        set({ notice: { key: api.door === 'ipc' ? 'displayOpened' : 'displayBrowser' } });
      },

      async loadVisits(applicationId) {
        const r = await api.invoke('queue.forApplication', { applicationId });
        set({ visits: { applicationId, tickets: r.ok ? r.value : [] } });
      },
    };
  });
}
