// §12: only the documents that apply to the category, each with its two marks — the original
// seen, compared and handed back, and the copy received — and what is still missing.

import { documentName, requiredDocuments } from '../../../shared/domain/checklist.ts';
import { definitionFor } from '../../../shared/standard/service-definition.ts';
import { useDesk, useIntake } from '../desk.tsx';
import { messagesAt, type Placed } from '../i18n/errors.ts';
import { currentLang } from '../i18n/index.ts';
import { describedWithErrors, FieldMessages, Kbd } from '../ui/Field.tsx';
import { keysOf } from '../ui/shortcuts.ts';
import { verdictOf } from './draft.ts';
import { useIntakeT } from './texts.ts';

export function Checklist({ placed }: { placed: readonly Placed[] }) {
  const { tp, i18n } = useIntakeT();
  const lang = currentLang(i18n);
  const store = useDesk().intake;
  const today = useIntake((s) => s.today) ?? '9999-12-31';
  const category = useIntake((s) => s.category);
  const marks = useIntake((s) => s.marks);
  const consentSigned = useIntake((s) => s.consentSigned);
  const def = definitionFor(today);
  const docs = requiredDocuments(def, category);
  const verdict = verdictOf(def, { category, marks });
  const errors = messagesAt(placed, 'documents');
  // Documents not touched at all are listed by item; half-marked ones say what they lack.
  const touched = (code: string) => Boolean(marks[code]?.originalSeenReturned || marks[code]?.copyReceived);
  const untouched = verdict.missing.filter((d) => !touched(d.code));
  const partial = verdict.missing.filter((d) => touched(d.code));

  return (
    <section className="panel checklist" aria-labelledby="checklist-title">
      <div className="section-head">
        <h2 id="checklist-title">{tp('documents')}</h2>
        <button
          type="button"
          className="secondary mark-all"
          onClick={() => store.getState().markAll()}
          aria-keyshortcuts={keysOf('intake.markAll')}
        >
          {tp('markAll')} <Kbd keys={keysOf('intake.markAll')} />
        </button>
      </div>
      <table
        id="documents"
        aria-labelledby="checklist-title"
        aria-describedby={describedWithErrors('documents', errors)}
      >
        <thead>
          <tr>
            <th scope="col" className="col-item">
              {tp('item')}
            </th>
            <th scope="col">{tp('document')}</th>
            <th scope="col" className="col-mark">
              {tp('original')}
            </th>
            <th scope="col" className="col-mark">
              {tp('copy')}
            </th>
          </tr>
        </thead>
        <tbody>
          {docs.map((d) => {
            const name = documentName(d, category, lang);
            const m = marks[d.code];
            return (
              <tr key={d.code}>
                <td className="col-item">{d.item}</td>
                <th
                  scope="row"
                  className={m?.originalSeenReturned && m.copyReceived ? 'doc-name doc-done' : 'doc-name'}
                >
                  {name}
                </th>
                <td className="col-mark">
                  <label className="check-cell">
                    <input
                      type="checkbox"
                      aria-label={tp('originalOf', { item: d.item, name })}
                      checked={m?.originalSeenReturned ?? false}
                      onChange={(e) =>
                        store.getState().setMark(d.code, 'originalSeenReturned', e.target.checked)
                      }
                    />
                  </label>
                </td>
                <td className="col-mark">
                  <label className="check-cell">
                    <input
                      type="checkbox"
                      aria-label={tp('copyOf', { item: d.item, name })}
                      checked={m?.copyReceived ?? false}
                      onChange={(e) => store.getState().setMark(d.code, 'copyReceived', e.target.checked)}
                    />
                  </label>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <FieldMessages id="documents" errors={errors} />
      <div className="summary" aria-live="polite" data-testid="package-summary">
        {verdict.complete ? (
          <p className="ok">{tp('packageComplete')}</p>
        ) : (
          <>
            <p className="missing">{tp('packageMissing', { count: verdict.missing.length })}</p>
            <ul>
              {untouched.length > 0 && (
                <li>{tp('notMarked', { items: untouched.map((d) => d.item).join(', ') })}</li>
              )}
              {partial.map((d) => {
                const m = marks[d.code];
                const lacks = [
                  !m?.originalSeenReturned && tp('noOriginal'),
                  !m?.copyReceived && tp('noCopy'),
                ].filter(Boolean);
                return (
                  <li key={d.code}>
                    № {d.item} {documentName(d, category, lang)} — {lacks.join(', ')}
                  </li>
                );
              })}
            </ul>
          </>
        )}
        {!consentSigned && <p className="missing">{tp('consentMissing')}</p>}
      </div>
    </section>
  );
}
