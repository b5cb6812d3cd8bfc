// The intake desk's state (§12, §14, §15): one visitor's form, from the IIN to the talon or
// the missing list. The store alone talks to the main side; the screen only reads and calls.

import { createStore, type StoreApi } from 'zustand';
import type { PrintedDocument } from '../../../shared/contract/common.ts';
import type { Output, Result } from '../../../shared/contract/index.ts';
import type { AppError } from '../../../shared/contract/result.ts';
import { categoryFor } from '../../../shared/domain/applicant.ts';
import type { LocalDate } from '../../../shared/domain/calendar.ts';
import { requiredDocuments } from '../../../shared/domain/checklist.ts';
import { parseIin } from '../../../shared/domain/iin.ts';
import {
  type ApplicantCategory,
  definitionFor,
  type Lang,
} from '../../../shared/standard/service-definition.ts';
import { checkInput } from '../api/check.ts';
import type { ApiClient } from '../api/client.ts';
import {
  emptyPerson,
  emptyRepresentative,
  type IntakeDraft,
  intakeInputOf,
  type Mark,
  type MarkKind,
  normalizeIin,
  type PersonDraft,
  personInputOf,
  type QueueTicketRef,
  type RepresentativeDraft,
  representativeInputOf,
  verdictOf,
} from '../intake/draft.ts';
import { postalAddressDraftOf } from '../ui/postal-address.ts';

type Lookup = Output<'people.lookup'>;
type Term = Output<'calendar.termEnd'>;

export type PrintedWhat = 'consent' | 'talon' | 'missing';

export interface IntakeState extends IntakeDraft {
  /** The office's local date, as the main side counts it (calendar.termEnd). */
  today: LocalDate | null;
  term: Term | null;
  /** The earlier visits of the person behind the applicant's IIN (people.lookup). */
  applicantLookup: Lookup | null;
  representativeKnown: boolean;
  /** null: the office default (settings.documentLanguage). */
  documentLanguage: Lang | null;
  phase: 'editing' | 'busy' | 'accepted' | 'turned_away';
  accepted: Output<'intake.accept'> | null;
  turnedAway: Output<'intake.turnAway'> | null;
  /** The last document printed for this visitor and how it reached paper. */
  printed: { what: PrintedWhat; document: PrintedDocument; how: 'sent' | 'shown' } | null;
  error: AppError | null;
  printError: AppError | null;
  /** §15, §23: the papers promised and never printed (documents.unprinted), for the start screen. */
  unprinted: Output<'documents.unprinted'> | null;

  prepare(): Promise<void>;
  loadUnprinted(): Promise<void>;
  /** Prints one owed paper and asks the list again: once printed, it is owed no more. */
  printOwed(paper: OwedPaper): Promise<void>;
  setApplicant<F extends Exclude<keyof PersonDraft, 'iin'>>(field: F, value: PersonDraft[F]): void;
  setApplicantIin(raw: string): void;
  setRepresentative<F extends Exclude<keyof RepresentativeDraft, 'iin'>>(
    field: F,
    value: RepresentativeDraft[F],
  ): void;
  setRepresentativeIin(raw: string): void;
  setCategory(category: ApplicantCategory): void;
  setMark(code: string, kind: MarkKind, value: boolean): void;
  markAll(): void;
  setConsent(signed: boolean): void;
  setDocumentLanguage(lang: Lang): void;
  /** Issue 13: the applicant's papers in large print (kept with the applicant on accept). */
  setLargePrint(on: boolean): void;
  setHoursReason(reason: string): void;
  printConsent(): Promise<boolean>;
  accept(): Promise<boolean>;
  turnAway(): Promise<boolean>;
  reprint(): Promise<void>;
  reset(): void;
  /** A visitor called from the queue: a fresh form with the ticket attached (§7.2). */
  attachTicket(ticket: QueueTicketRef): void;
  /** The visit ended in the queue: the form lets go of its ticket. */
  releaseTicket(ticketId: number): void;
}

export type IntakeStore = StoreApi<IntakeState>;

export type OwedPaper =
  | { what: 'talon'; applicationId: number }
  | { what: 'complaintTalon'; complaintId: number }
  | { what: 'missing'; attemptId: number };

const blankVisit = () => ({
  category: 'adult' as ApplicantCategory,
  applicant: emptyPerson(),
  representative: emptyRepresentative(),
  consentSigned: false,
  marks: {} as Record<string, Mark>,
  hoursReason: null as string | null,
  largePrint: false,
  applicantLookup: null,
  representativeKnown: false,
  documentLanguage: null,
  phase: 'editing' as const,
  accepted: null,
  turnedAway: null,
  printed: null,
  error: null,
  printError: null,
});

/** Drops what an edit at `path` answered, so a corrected field stops showing its old message. */
function withoutIssueAt(error: AppError | null, path: string): AppError | null {
  if (!error) return null;
  if (error.code !== 'invalid_input') return null;
  const issues = (error.issues ?? []).filter((i) => i.path !== path);
  return issues.length ? { ...error, issues } : null;
}

export function createIntakeStore(api: ApiClient): IntakeStore {
  return createStore<IntakeState>()((set, get) => {
    const def = () => definitionFor(get().today ?? '9999-12-31');
    const langParam = () => {
      const lang = get().documentLanguage;
      return lang ? { lang } : {};
    };

    /** Sends a printed document to paper (Electron) or the browser's PDF viewer. */
    const toPaper = async (what: PrintedWhat, r: Result<PrintedDocument>): Promise<boolean> => {
      if (!r.ok) {
        set({ printError: r.error });
        return false;
      }
      const shown = await api.printDocument(r.value.id);
      set({
        printed: { what, document: r.value, how: api.door === 'ipc' ? 'sent' : 'shown' },
        printError: shown.ok ? null : shown.error,
      });
      return shown.ok;
    };

    const printTalon = async () => {
      const accepted = get().accepted;
      if (!accepted) return;
      await toPaper(
        'talon',
        await api.invoke('intake.printTalon', { applicationId: accepted.applicationId, ...langParam() }),
      );
    };

    const printMissingList = async () => {
      const away = get().turnedAway;
      if (!away) return;
      await toPaper(
        'missing',
        await api.invoke('intake.printMissingList', { attemptId: away.attemptId, ...langParam() }),
      );
    };

    const lookUp = async (who: 'applicant' | 'representative', iin: string) => {
      const r = await api.invoke('people.lookup', { iin });
      // The clerk may have typed on meanwhile: an answer for an older IIN is dropped.
      if (!r.ok || get()[who].iin !== iin) return;
      if (who === 'applicant') {
        const p = r.value.applicant;
        set((s) => ({
          applicantLookup: r.value,
          // A returning applicant's wish for large print, as kept; a new person's as ticked.
          largePrint: p ? p.largePrint : s.largePrint,
          applicant: p
            ? {
                iin,
                lastName: p.lastName,
                firstName: p.firstName,
                middleName: p.middleName ?? '',
                // An address in parts comes back as its parts; an old one as its free text.
                address: p.postalAddress ? '' : p.address,
                postalAddress: postalAddressDraftOf(p.postalAddress),
                phone: p.phone ?? '',
              }
            : s.applicant,
        }));
        return;
      }
      const rep = r.value.representative;
      const p = rep ?? r.value.applicant;
      if (!p) return;
      set((s) => ({
        representativeKnown: true,
        representative: {
          iin,
          lastName: p.lastName,
          firstName: p.firstName,
          middleName: p.middleName ?? '',
          address: p.postalAddress ? '' : p.address,
          postalAddress: postalAddressDraftOf(p.postalAddress),
          phone: p.phone ?? '',
          relation: rep?.relation ?? s.representative.relation,
          authorityDocument: rep?.authorityDocument || s.representative.authorityDocument,
        },
      }));
    };

    const submit = async <T>(
      channel: 'intake.accept' | 'intake.turnAway',
      done: (value: T) => Partial<IntakeState>,
    ): Promise<boolean> => {
      const input = { ...intakeInputOf(def(), get()), ...langParam() };
      const bad = await checkInput(channel, input);
      if (bad) {
        set({ error: bad });
        return false;
      }
      set({ phase: 'busy', error: null, printError: null });
      const r = (await api.invoke(channel, input)) as Result<T>;
      if (!r.ok) {
        // §10: refused for the hours — the form asks for the reason, then the clerk tries again.
        const asked = r.error.code === 'outside_hours' ? { hoursReason: get().hoursReason ?? '' } : {};
        set({ phase: 'editing', error: r.error, ...asked });
        return false;
      }
      set(done(r.value));
      return true;
    };

    return {
      today: null,
      term: null,
      unprinted: null,
      ...blankVisit(),
      // Not part of a visit's blank form: one queue visit may bring several packages.
      queueTicket: null,

      async prepare() {
        const r = await api.invoke('calendar.termEnd', {});
        if (r.ok) set({ today: r.value.accepted, term: r.value });
        else set({ error: r.error });
      },

      async loadUnprinted() {
        const r = await api.invoke('documents.unprinted', {});
        // A list that cannot be read hides nothing from the form: the flags simply do not show.
        set({ unprinted: r.ok ? r.value : null });
      },

      async printOwed(paper) {
        set({ printError: null });
        const r =
          paper.what === 'talon'
            ? await api.invoke('intake.printTalon', { applicationId: paper.applicationId })
            : paper.what === 'complaintTalon'
              ? await api.invoke('complaints.printTalon', { complaintId: paper.complaintId })
              : await api.invoke('intake.printMissingList', { attemptId: paper.attemptId });
        if (!r.ok) set({ printError: r.error });
        else {
          const shown = await api.printDocument(r.value.id);
          if (!shown.ok) set({ printError: shown.error });
        }
        await get().loadUnprinted();
      },

      setApplicant(field, value) {
        set((s) => ({
          applicant: { ...s.applicant, [field]: value },
          error: withoutIssueAt(s.error, `applicant.${field}`),
        }));
      },

      setApplicantIin(raw) {
        const iin = normalizeIin(raw);
        if (iin === get().applicant.iin) return;
        set((s) => ({
          applicant: { ...s.applicant, iin },
          applicantLookup: null,
          error: withoutIssueAt(s.error, 'applicant.iin'),
        }));
        const parsed = parseIin(iin);
        if (!parsed.ok) return;
        const today = get().today;
        // §6 reading, §12 items 8–9: the age in the IIN decides the category and the checklist.
        if (today) set({ category: categoryFor(parsed.info.birthDate, today) });
        void lookUp('applicant', iin);
      },

      setRepresentative(field, value) {
        set((s) => ({
          representative: { ...s.representative, [field]: value },
          error: withoutIssueAt(s.error, `representative.${field}`),
        }));
      },

      setRepresentativeIin(raw) {
        const iin = normalizeIin(raw);
        if (iin === get().representative.iin) return;
        set((s) => ({
          representative: { ...s.representative, iin },
          representativeKnown: false,
          error: withoutIssueAt(s.error, 'representative.iin'),
        }));
        if (parseIin(iin).ok) void lookUp('representative', iin);
      },

      setCategory(category) {
        set((s) => ({ category, error: withoutIssueAt(s.error, 'category') }));
      },

      setMark(code, kind, value) {
        set((s) => ({
          marks: {
            ...s.marks,
            [code]: {
              originalSeenReturned: s.marks[code]?.originalSeenReturned ?? false,
              copyReceived: s.marks[code]?.copyReceived ?? false,
              [kind]: value,
            },
          },
          error: withoutIssueAt(s.error, 'documents'),
        }));
      },

      markAll() {
        const marks = { ...get().marks };
        for (const d of requiredDocuments(def(), get().category)) {
          marks[d.code] = { originalSeenReturned: true, copyReceived: true };
        }
        set((s) => ({ marks, error: withoutIssueAt(s.error, 'documents') }));
      },

      setConsent(signed) {
        set((s) => ({ consentSigned: signed, error: withoutIssueAt(s.error, 'consentSigned') }));
      },

      setDocumentLanguage(lang) {
        set({ documentLanguage: lang });
      },

      setLargePrint(on) {
        set({ largePrint: on });
      },

      setHoursReason(reason) {
        set((s) => ({ hoursReason: reason, error: withoutIssueAt(s.error, 'hoursException.reason') }));
      },

      async printConsent() {
        const s = get();
        const input = {
          category: s.category,
          applicant: personInputOf(s.applicant),
          representative: representativeInputOf(s),
          ...langParam(),
        };
        const bad = await checkInput('intake.printConsentForm', input);
        if (bad) {
          set({ error: bad });
          return false;
        }
        set({ error: null, printError: null });
        return toPaper('consent', await api.invoke('intake.printConsentForm', input));
      },

      async accept() {
        // §12, §15: only a complete package with the signed consent gets a talon.
        if (!verdictOf(def(), get()).complete || !get().consentSigned) return false;
        const ok = await submit<Output<'intake.accept'>>('intake.accept', (accepted) => ({
          phase: 'accepted',
          accepted,
        }));
        // §15: the talon was kept with the acceptance; sending it to paper is the next step.
        const talon = get().accepted?.talon;
        if (ok) await (talon ? toPaper('talon', { ok: true, value: talon }) : printTalon());
        return ok;
      },

      async turnAway() {
        const ok = await submit<Output<'intake.turnAway'>>('intake.turnAway', (turnedAway) => ({
          phase: 'turned_away',
          turnedAway,
        }));
        if (ok) await printMissingList();
        return ok;
      },

      async reprint() {
        set({ printError: null });
        if (get().phase === 'accepted') await printTalon();
        else if (get().phase === 'turned_away') await printMissingList();
      },

      attachTicket(ticket) {
        set({ ...blankVisit(), queueTicket: ticket });
        void get().prepare();
      },

      releaseTicket(ticketId) {
        if (get().queueTicket?.id === ticketId) set({ queueTicket: null });
      },

      reset() {
        set(blankVisit());
        void get().prepare();
      },
    };
  });
}
