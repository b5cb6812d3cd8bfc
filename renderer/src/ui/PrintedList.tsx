// The documents printed for a record (talons, letters, registers, answers): what, whether a
// copy, when, in which language, and a button to open it again. One list for every place.

import type { PrintedDocument } from '../../../shared/contract/common.ts';
import { useApplicationsT } from '../applications/texts.ts';
import { useCommonT } from '../i18n/common-texts.ts';
import { officeDateTime } from './dates.ts';

export function PrintedList(props: {
  docs: readonly PrintedDocument[];
  /** The document's name in the reader's language, from its kind. */
  kindName(kind: string): string;
  onOpen(id: number): void;
  timeZone: string | undefined;
  /** Show the document's language (kk/ru) after the time. */
  showLang?: boolean;
}) {
  const { tp: tc } = useCommonT();
  const { tp: ta } = useApplicationsT();
  return (
    <ul className="printed-list">
      {props.docs.map((d) => {
        const kind = props.kindName(d.kind);
        return (
          <li key={d.id}>
            <span>
              {kind}
              {d.copy && ` (${ta('copyMark')})`} · {officeDateTime(d.printedAt, props.timeZone)}
              {props.showLang !== false && ` · ${d.lang.toUpperCase()}`}
            </span>
            <button
              type="button"
              className="quiet"
              aria-label={`${tc('open')}: ${kind}`}
              onClick={() => props.onOpen(d.id)}
            >
              {tc('open')}
            </button>
          </li>
        );
      })}
    </ul>
  );
}
