// The file's history: every step with when, who and what it rests on; a corrected step stays
// in its row, struck through with the correction that voided it, never replaced.

import type { DecisionFile } from '../../../shared/contract/decisions.ts';
import { currentLang } from '../i18n/index.ts';
import { officeDateTime } from '../ui/dates.ts';
import { stepDetails } from './step-details.ts';
import { useDecisionsT } from './texts.ts';

export function History({ file, timeZone }: { file: DecisionFile; timeZone: string | undefined }) {
  const { tp, i18n } = useDecisionsT();
  const lang = currentLang(i18n);
  const byId = new Map(file.steps.map((s) => [s.id, s]));
  return (
    <table className="compact history">
      <caption className="visually-hidden">{tp('panel.history')}</caption>
      <thead>
        <tr>
          <th scope="col">{tp('panel.when')}</th>
          <th scope="col">{tp('panel.step')}</th>
          <th scope="col">{tp('panel.who')}</th>
          <th scope="col">{tp('panel.details')}</th>
        </tr>
      </thead>
      <tbody>
        <tr>
          <td>{officeDateTime(file.acceptedAt, timeZone)}</td>
          <th scope="row">{tp('panel.acceptedStep')}</th>
          <td>{file.acceptedBy}</td>
          <td />
        </tr>
        {file.steps.map((s) => {
          const voided = s.voidedBy !== null ? byId.get(s.voidedBy) : undefined;
          const corrected = s.correctsStepId !== null ? byId.get(s.correctsStepId) : undefined;
          return (
            <tr key={s.id} className={voided ? 'voided' : s.move === 'correction' ? 'correction' : undefined}>
              <td>{officeDateTime(s.at, timeZone)}</td>
              <th scope="row">
                {tp(`steps.${s.move}`)}
                {corrected && (
                  <div className="hint">
                    {tp(`steps.${corrected.move}`)} — {tp('panel.corrects')}
                  </div>
                )}
              </th>
              <td>
                {s.byName}
                <div className="hint">{tp(`roles.${s.byRole}`)}</div>
              </td>
              <td>
                {stepDetails(s, file, lang, tp).map((d) => (
                  <div key={d}>{d}</div>
                ))}
                {voided && (
                  <div className="voided-note">
                    {tp('panel.voided', {
                      date: officeDateTime(voided.at, timeZone),
                      reason: voided.reason ?? '',
                    })}
                  </div>
                )}
              </td>
            </tr>
          );
        })}
        {file.cancelledAt && (
          <tr className="voided">
            <td>{officeDateTime(file.cancelledAt, timeZone)}</td>
            <th scope="row">{tp('steps.cancel')}</th>
            <td>{file.cancelledBy}</td>
            <td>{tp('details.reason', { text: file.cancelReason ?? '' })}</td>
          </tr>
        )}
      </tbody>
    </table>
  );
}
