// What only the head and the deputy do with the report (kernel/permissions.ts refuses anyone
// else): send a period (the numbers are frozen with the file's sha256), set the year's
// normative and target values (§20), and enter 3.3 with its source.

import { type FormEvent, useEffect, useState } from 'react';
import type { Issue } from '../../../shared/contract/result.ts';
import { formatLocalDate } from '../../../shared/domain/office-time.ts';
import { useDesk } from '../desk.tsx';
import { currentLang } from '../i18n/index.ts';
import type { ReportFormat, ShareDraft } from '../stores/report.ts';
import { TextField } from '../ui/Field.tsx';
import { useReportsT } from './texts.ts';
import { useReportStore } from './use-report.ts';

const FORMATS: readonly ReportFormat[] = ['pdf', 'xlsx', 'csv', 'json'];

export function SendReport() {
  const { tp, i18n } = useReportsT();
  const store = useDesk().report;
  const busy = useReportStore((s) => s.busy);
  const [asking, setAsking] = useState(false);
  const [format, setFormat] = useState<ReportFormat>('pdf');
  if (!asking)
    return (
      <button type="button" className="secondary" disabled={busy} onClick={() => setAsking(true)}>
        {tp('actions.send')}
      </button>
    );
  return (
    <fieldset className="panel report-send">
      <legend>{tp('actions.sendTitle')}</legend>
      <p className="hint">{tp('actions.sendExplain')}</p>
      <div className="row">
        <label htmlFor="report-send-format">{tp('actions.sendFormat')}</label>
        <select
          id="report-send-format"
          value={format}
          onChange={(e) => setFormat(e.target.value as ReportFormat)}
        >
          {FORMATS.map((f) => (
            <option key={f} value={f}>
              {tp(`actions.${f}`)}
            </option>
          ))}
        </select>
        <button
          type="button"
          className="primary"
          disabled={busy}
          onClick={async () => {
            if (await store.getState().send(format, currentLang(i18n))) setAsking(false);
          }}
        >
          {tp('actions.sendConfirm')}
        </button>
        <button type="button" className="quiet" onClick={() => setAsking(false)}>
          {tp('records.close')}
        </button>
      </div>
    </fieldset>
  );
}

function TargetRow({ code }: { code: string }) {
  const { tp, i18n } = useReportsT();
  const store = useDesk().report;
  const item = useReportStore((s) => s.targets?.indicators.find((i) => i.code === code));
  const busy = useReportStore((s) => s.busy);
  const [normative, setNormative] = useState(String(item?.normative ?? ''));
  const [target, setTarget] = useState(String(item?.target ?? ''));
  const [bad, setBad] = useState(false);
  if (!item) return null;
  const lang = currentLang(i18n);
  const save = async () => {
    const n = Number(normative.replace(',', '.'));
    const t = Number(target.replace(',', '.'));
    const ok = (x: string, v: number) => x.trim() !== '' && Number.isFinite(v) && v >= 0 && v <= 100;
    setBad(!ok(normative, n) || !ok(target, t));
    if (ok(normative, n) && ok(target, t)) await store.getState().setTarget(code, n, t);
  };
  return (
    <tr>
      <th scope="row">{code}</th>
      <td className="indicator-text">{item.text[lang]}</td>
      <td>
        <input
          aria-label={`${code}: ${tp('head.normative')}`}
          value={normative}
          size={5}
          inputMode="decimal"
          aria-invalid={bad || undefined}
          aria-describedby={bad ? `target-${code}-error` : undefined}
          onChange={(e) => setNormative(e.target.value)}
        />
      </td>
      <td>
        <input
          aria-label={`${code}: ${tp('head.target')}`}
          value={target}
          size={5}
          inputMode="decimal"
          aria-invalid={bad || undefined}
          aria-describedby={bad ? `target-${code}-error` : undefined}
          onChange={(e) => setTarget(e.target.value)}
        />
        {bad && (
          <div id={`target-${code}-error`} className="field-error">
            {tp('head.badPercent')}
          </div>
        )}
      </td>
      <td>{tp(item.setBy === 'office' ? 'head.office' : 'head.standard')}</td>
      <td>
        <button type="button" className="quiet" disabled={busy} onClick={() => void save()}>
          {tp('head.save')}
          <span className="visually-hidden"> {code}</span>
        </button>
      </td>
    </tr>
  );
}

function Targets({ year }: { year: number }) {
  const { tp } = useReportsT();
  const targets = useReportStore((s) => s.targets);
  if (!targets || targets.year !== year) return null;
  return (
    <table className="compact targets" aria-label={tp('head.targetsOf', { year })}>
      <thead>
        <tr>
          <th scope="col">{tp('table.code')}</th>
          <th scope="col">{tp('table.indicator')}</th>
          <th scope="col">{tp('head.normative')}</th>
          <th scope="col">{tp('head.target')}</th>
          <th scope="col">{tp('head.setBy')}</th>
          <th scope="col" />
        </tr>
      </thead>
      <tbody>
        {targets.indicators.map((i) => (
          <TargetRow key={`${year}-${i.code}-${i.normative}-${i.target}`} code={i.code} />
        ))}
      </tbody>
    </table>
  );
}

function InternetShare({ from, to }: { from: string; to: string }) {
  const { tp } = useReportsT();
  const store = useDesk().report;
  const busy = useReportStore((s) => s.busy);
  const [draft, setDraft] = useState<ShareDraft>({
    from: formatLocalDate(from),
    to: formatLocalDate(to),
    published: '',
    total: '',
    source: '',
  });
  const [issues, setIssues] = useState<Issue[]>([]);
  const at = (path: string) =>
    issues
      .filter((i) => i.path === path)
      .map((i) =>
        tp(
          i.message === 'date_format'
            ? 'period.badDate'
            : i.message === 'range_reversed'
              ? 'period.reversed'
              : i.message === 'published_over_total'
                ? 'head.overTotal'
                : i.message === 'required'
                  ? 'head.required'
                  : 'head.badCount',
        ),
      );
  const set = (change: Partial<ShareDraft>) => setDraft({ ...draft, ...change });
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const r = await store.getState().enterInternetShare(draft);
    setIssues(r ?? []);
  };
  return (
    <form onSubmit={submit}>
      <fieldset className="panel inline-form share-form">
        <legend>{tp('head.share')}</legend>
        <TextField
          id="share-from"
          label={tp('head.shareFrom')}
          value={draft.from}
          size={10}
          errors={at('from')}
          onChange={(v) => set({ from: v })}
        />
        <TextField
          id="share-to"
          label={tp('head.shareTo')}
          value={draft.to}
          size={10}
          errors={at('to')}
          onChange={(v) => set({ to: v })}
        />
        <TextField
          id="share-published"
          label={tp('head.published')}
          value={draft.published}
          size={4}
          inputMode="numeric"
          errors={at('published')}
          onChange={(v) => set({ published: v })}
        />
        <TextField
          id="share-total"
          label={tp('head.total')}
          value={draft.total}
          size={4}
          inputMode="numeric"
          errors={at('total')}
          onChange={(v) => set({ total: v })}
        />
        <TextField
          id="share-source"
          label={tp('head.source')}
          value={draft.source}
          size={30}
          errors={at('source')}
          onChange={(v) => set({ source: v })}
        />
        <div className="field">
          <button type="submit" className="primary" disabled={busy}>
            {tp('head.enter')}
          </button>
        </div>
      </fieldset>
    </form>
  );
}

/** The head's section under the table: the year's targets and the 3.3 entry. */
export function HeadTools() {
  const { tp } = useReportsT();
  const store = useDesk().report;
  const report = useReportStore((s) => s.report);
  const [open, setOpen] = useState(false);
  const year = report ? Number(report.period.to.slice(0, 4)) : null;
  // The targets of the year on screen: asked when opened, and again when the period moves to another year.
  useEffect(() => {
    if (open && year !== null) void store.getState().loadTargets(year);
  }, [open, year, store]);
  if (!report || year === null) return null;
  return (
    <details className="panel head-tools" onToggle={(e) => setOpen((e.target as HTMLDetailsElement).open)}>
      <summary>{tp('head.title')}</summary>
      <h3>{tp('head.targetsOf', { year })}</h3>
      <Targets year={year} />
      <InternetShare key={report.period.label} from={report.period.from} to={report.period.to} />
    </details>
  );
}
