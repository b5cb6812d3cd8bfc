// The audit viewer (§18, Law No. 94-V Art. 22), for the head and the administrator: who saw and
// changed what, when and through which door (and on the command line, as which account of the
// machine). Filter, page through newest first, and take the filtered rows away as CSV or XLSX —
// the main side logs each look and each export.

import { type FormEvent, useEffect, useMemo } from 'react';
import { useStore } from 'zustand';
import type { AuditEntry } from '../../../shared/contract/audit.ts';
import { useDesk, useSession } from '../desk.tsx';
import { useCommonT } from '../i18n/common-texts.ts';
import { describeError } from '../i18n/errors.ts';
import { currentLang } from '../i18n/index.ts';
import { AUDIT_ENTITIES, AUDIT_PAGE_SIZE, type AuditDraft } from '../stores/audit.ts';
import { officeDateTime } from '../ui/dates.ts';
import { describedWithErrors, FieldMessages, TextField, TopErrors } from '../ui/Field.tsx';
import { Pager } from '../ui/Pager.tsx';
import { AUDIT_WORDS, useAuditT } from './texts.ts';

const KINDS = ['read', 'write', 'refused'] as const;

/** The words of the "What" column: a known key in the language on screen, the rest as written. */
export interface WhatWords {
  key(key: string): string | null;
  yes: string;
  no: string;
}

/** What a row saw or changed, in one line: the record's own words (a number, a query, a count). */
export function whatOf(row: Pick<AuditEntry, 'after' | 'before'>, words?: WhatWords): string {
  const value = row.after ?? row.before;
  if (value === null || typeof value !== 'object') return value === null ? '' : String(value);
  const shown = (v: unknown) =>
    typeof v === 'boolean' && words
      ? v
        ? words.yes
        : words.no
      : typeof v === 'object'
        ? JSON.stringify(v)
        : String(v);
  const parts = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== null && v !== undefined && v !== '')
    .map(([k, v]) => `${words?.key(k) ?? k}: ${shown(v)}`);
  const line = parts.join('; ');
  return line.length > 160 ? `${line.slice(0, 159)}…` : line;
}

function useWhatWords(): WhatWords {
  const { tp } = useAuditT();
  return useMemo(() => {
    const known = new Set<string>(AUDIT_WORDS);
    return {
      key: (k) => (known.has(k) ? tp(`keys.${k as (typeof AUDIT_WORDS)[number]}`) : null),
      yes: tp('yes'),
      no: tp('no'),
    };
  }, [tp]);
}

function Filters() {
  const { tp, i18n } = useAuditT();
  const store = useDesk().audit;
  const draft = useStore(store, (s) => s.draft);
  const people = useStore(store, (s) => s.people);
  const busy = useStore(store, (s) => s.busy);
  const error = useStore(store, (s) => s.error);
  const placed = error ? describeError(i18n, error) : [];
  const at = (path: string) => placed.filter((p) => p.path === path).map((p) => p.text);
  const set = (change: Partial<AuditDraft>) => store.getState().setDraft(change);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    void store.getState().search();
  };
  const known = new Set(['from', 'to', 'entity']);
  return (
    <form onSubmit={submit}>
      <fieldset className="panel complaint-filters">
        <legend>{tp('filters.legend')}</legend>
        <div className="field">
          <label htmlFor="audit-person">{tp('filters.person')}</label>
          <select id="audit-person" value={draft.userId} onChange={(e) => set({ userId: e.target.value })}>
            <option value="">{tp('filters.anyone')}</option>
            {people.map((p) => (
              <option key={p.id} value={String(p.id)}>
                {p.fullName} ({p.login})
              </option>
            ))}
          </select>
        </div>
        <TextField
          id="audit-from"
          label={tp('filters.from')}
          value={draft.from}
          placeholder={tp('filters.datePlaceholder')}
          inputMode="numeric"
          size={10}
          errors={at('from')}
          onChange={(from) => set({ from })}
        />
        <TextField
          id="audit-to"
          label={tp('filters.to')}
          value={draft.to}
          placeholder={tp('filters.datePlaceholder')}
          inputMode="numeric"
          size={10}
          errors={at('to')}
          onChange={(to) => set({ to })}
        />
        <div className="field">
          <label htmlFor="audit-entity">{tp('filters.entity')}</label>
          <select
            id="audit-entity"
            value={draft.entity}
            aria-invalid={at('entity').length > 0 || undefined}
            aria-describedby={describedWithErrors('audit-entity', at('entity'))}
            onChange={(e) => set({ entity: e.target.value as AuditDraft['entity'] })}
          >
            <option value="">{tp('filters.anyEntity')}</option>
            {AUDIT_ENTITIES.map((x) => (
              <option key={x} value={x}>
                {tp(`entities.${x}`)}
              </option>
            ))}
          </select>
          <FieldMessages id="audit-entity" errors={at('entity')} />
        </div>
        <TextField
          id="audit-number"
          label={tp('filters.number')}
          value={draft.number}
          size={12}
          title={tp('filters.numberHint')}
          onChange={(number) => set({ number })}
        />
        <div className="field">
          <label htmlFor="audit-kind">{tp('filters.kind')}</label>
          <select
            id="audit-kind"
            value={draft.kind}
            onChange={(e) => set({ kind: e.target.value as AuditDraft['kind'] })}
          >
            <option value="">{tp('filters.anyKind')}</option>
            {KINDS.map((k) => (
              <option key={k} value={k}>
                {tp(`kinds.${k}`)}
              </option>
            ))}
          </select>
        </div>
        <TextField
          id="audit-action"
          label={tp('filters.action')}
          value={draft.action}
          size={16}
          title={tp('filters.actionHint')}
          onChange={(action) => set({ action })}
        />
        <div className="field">
          <button type="submit" className="primary" disabled={busy}>
            {tp('filters.search')}
          </button>
        </div>
        <div className="field">
          <button type="button" className="quiet" onClick={() => void store.getState().clear()}>
            {tp('filters.clear')}
          </button>
        </div>
      </fieldset>
      <TopErrors messages={placed.filter((p) => !p.path || !known.has(p.path)).map((p) => p.text)} />
    </form>
  );
}

function Row({ row, timeZone }: { row: AuditEntry; timeZone: string | undefined }) {
  const { tp } = useAuditT();
  const words = useWhatWords();
  const entity = (AUDIT_ENTITIES as readonly string[]).includes(row.entity)
    ? tp(`entities.${row.entity as (typeof AUDIT_ENTITIES)[number]}`)
    : row.entity;
  return (
    <tr className={row.kind === 'refused' ? 'overdue' : undefined}>
      <td>{officeDateTime(row.at, timeZone)}</td>
      <td>{row.userName ?? '—'}</td>
      <td>
        {tp(`doors.${row.door as 'ipc'}`)}
        {row.osUser && <div className="hint">{tp('osUser', { name: row.osUser })}</div>}
      </td>
      <td>
        <span className={`audit-kind audit-kind-${row.kind}`}>{tp(`kinds.${row.kind}`)}</span>{' '}
        <code>{row.action}</code>
      </td>
      <td>
        {entity}
        {row.entityId !== null && ` #${row.entityId}`}
      </td>
      <td>
        <div className="summary-cell">{whatOf(row, words)}</div>
      </td>
    </tr>
  );
}

export function AuditScreen() {
  const { tp, i18n } = useAuditT();
  const { tp: tc } = useCommonT();
  const store = useDesk().audit;
  const rows = useStore(store, (s) => s.rows);
  const total = useStore(store, (s) => s.total);
  const capped = useStore(store, (s) => s.capped);
  const page = useStore(store, (s) => s.page);
  const loaded = useStore(store, (s) => s.loaded);
  const busy = useStore(store, (s) => s.busy);
  const notice = useStore(store, (s) => s.notice);
  const timeZone = useSession((s) => s.office?.office.timeZone);
  const pages = Math.max(1, Math.ceil(total / AUDIT_PAGE_SIZE));

  useEffect(() => {
    void store.getState().open();
  }, [store]);

  return (
    <section aria-labelledby="audit-title">
      <div className="screen-head">
        <h1 id="audit-title">{tp('title')}</h1>
        <span className="service-title">{tp('subtitle')}</span>
      </div>
      <Filters />
      <div className="row">
        <button
          type="button"
          className="secondary"
          disabled={busy}
          onClick={() => void store.getState().exportFile('csv', currentLang(i18n))}
        >
          {tp('exportCsv')}
        </button>
        <button
          type="button"
          className="secondary"
          disabled={busy}
          onClick={() => void store.getState().exportFile('xlsx', currentLang(i18n))}
        >
          {tp('exportXlsx')}
        </button>
        {notice && (
          <span className="notice" role="status">
            {tp('exported')}
          </span>
        )}
      </div>
      <p className="hint" role="status">
        {!loaded
          ? tc('loading')
          : total
            ? tp(capped ? 'foundMore' : 'found', { count: total })
            : tp('nothing')}
      </p>
      {rows.length > 0 && (
        <>
          <table className="register" aria-label={tp('title')}>
            <thead>
              <tr>
                <th scope="col">{tp('columns.at')}</th>
                <th scope="col">{tp('columns.who')}</th>
                <th scope="col">{tp('columns.door')}</th>
                <th scope="col">{tp('columns.action')}</th>
                <th scope="col">{tp('columns.record')}</th>
                <th scope="col">{tp('columns.what')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <Row key={r.id} row={r} timeZone={timeZone} />
              ))}
            </tbody>
          </table>
          <Pager
            page={page}
            hasNext={capped ? rows.length === AUDIT_PAGE_SIZE : page + 1 < pages}
            busy={busy}
            label={capped ? tp('pageOnly', { page: page + 1 }) : tp('page', { page: page + 1, pages })}
            previous={tp('previous')}
            next={tp('next')}
            onGo={(p) => void store.getState().goToPage(p)}
          />
        </>
      )}
    </section>
  );
}
