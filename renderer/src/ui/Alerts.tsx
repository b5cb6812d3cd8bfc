// The banner and the navigation count shared by every place that watches a term: the text is
// the caller's, the look and the accessible reading are the same everywhere.

import './alerts.css';

export function OverdueBanner(props: {
  overdueText: string | null;
  todayText: string | null;
  openLabel: string;
  onOpen(): void;
}) {
  const { overdueText, todayText } = props;
  if (!overdueText && !todayText) return null;
  return (
    <div className={`alert-banner ${overdueText ? 'alert-banner-overdue' : ''}`} role="alert">
      <div>
        {overdueText && <strong className="alert-banner-line">{overdueText}</strong>}
        {todayText && <span className="alert-banner-line">{todayText}</span>}
      </div>
      <button type="button" className={overdueText ? 'warn' : 'secondary'} onClick={props.onOpen}>
        {props.openLabel}
      </button>
    </div>
  );
}

export function CountBadge(props: { count: number; label: string }) {
  if (!props.count) return null;
  return (
    <span className="count-badge" title={props.label}>
      <span aria-hidden="true">{props.count}</span>
      <span className="visually-hidden">{props.label}</span>
    </span>
  );
}

/** A standing warning (not a term): its lines, and where to put it right when the reader can. */
export function WarningBanner(props: {
  lines: readonly string[];
  action?: { label: string; onOpen(): void };
}) {
  if (!props.lines.length) return null;
  return (
    <div className="alert-banner" role="alert">
      <div>
        {props.lines.map((line) => (
          <span key={line} className="alert-banner-line">
            {line}
          </span>
        ))}
      </div>
      {props.action && (
        <button type="button" className="secondary" onClick={props.action.onOpen}>
          {props.action.label}
        </button>
      )}
    </div>
  );
}
