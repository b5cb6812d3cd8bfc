// The previous and next pages under a register (the applications, the audit log): where the
// list stands, and no button that leads past either end. `hasNext` rather than a count of
// pages: a search that stops counting at 500 still knows whether a next page has rows.

export function Pager(props: {
  page: number;
  hasNext: boolean;
  busy: boolean;
  /** "Page 2 of 3", or "Page 2" when the count stopped at its cap. */
  label: string;
  previous: string;
  next: string;
  onGo(page: number): void;
}) {
  return (
    <div className="row">
      <button
        type="button"
        className="quiet"
        disabled={props.busy || props.page === 0}
        onClick={() => props.onGo(props.page - 1)}
      >
        {props.previous}
      </button>
      <span>{props.label}</span>
      <button
        type="button"
        className="quiet"
        disabled={props.busy || !props.hasNext}
        onClick={() => props.onGo(props.page + 1)}
      >
        {props.next}
      </button>
    </div>
  );
}
