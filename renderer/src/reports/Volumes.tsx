// The period's volumes beside the indicators: who came, what was accepted and turned away (with
// the §12 documents most often missing), decided by outcome and §17 ground, overdue, letters,
// complaints — the counts behind the shares.

import { definitionFor } from '../../../shared/standard/service-definition.ts';
import { useReportsT } from './texts.ts';
import { useReportStore } from './use-report.ts';

export function Volumes() {
  const { tp, i18n } = useReportsT();
  const report = useReportStore((s) => s.report);
  if (!report) return null;
  const v = report.volumes;
  const lang = i18n.language === 'ru' ? 'ru' : 'kk';
  const def = definitionFor(report.period.to);
  const docName = (code: string) => def.documents.find((d) => d.code === code)?.name[lang] ?? code;
  const ground = (code: string) => {
    const g = def.refusalGrounds.find((x) => x.code === code);
    return g ? tp('volumes.ground', { item: g.item, text: g.text[lang] }) : code;
  };
  return (
    <aside className="panel report-volumes" aria-labelledby="report-volumes-title">
      <h2 id="report-volumes-title">{tp('volumes.title')}</h2>
      <dl className="volumes">
        <dt>{tp('volumes.visitors')}</dt>
        <dd>
          <strong>{v.visitors.hand_in + v.visitors.collect}</strong>
          <div className="hint">
            {tp('volumes.handIn')}: {v.visitors.hand_in}; {tp('volumes.collect')}: {v.visitors.collect}
          </div>
        </dd>
        <dt>{tp('volumes.accepted')}</dt>
        <dd>
          <strong>{v.accepted}</strong>
        </dd>
        <dt>{tp('volumes.turnedAway')}</dt>
        <dd>
          <strong>{v.turnedAway.visits}</strong>
          {v.turnedAway.missing.length > 0 && (
            <div className="hint">
              {tp('volumes.missing')}:
              <ul>
                {v.turnedAway.missing.slice(0, 3).map((m) => (
                  <li key={m.code}>
                    {docName(m.code)} — {m.count}
                  </li>
                ))}
              </ul>
            </div>
          )}
        </dd>
        <dt>{tp('volumes.decided')}</dt>
        <dd>
          <strong>{v.decided.approved + v.decided.refused}</strong>
          <div className="hint">
            {tp('volumes.approved')}: {v.decided.approved}; {tp('volumes.refused')}: {v.decided.refused}
          </div>
          {v.decided.grounds.length > 0 && (
            <ul className="hint">
              {v.decided.grounds.map((g) => (
                <li key={g.code}>
                  {ground(g.code)} — {g.count}
                </li>
              ))}
            </ul>
          )}
        </dd>
        <dt>{tp('volumes.overdue')}</dt>
        <dd>
          <strong className={v.overdue > 0 ? 'bad-number' : undefined}>{v.overdue}</strong>
        </dd>
        <dt>{tp('volumes.letters')}</dt>
        <dd>
          <strong>{v.letters.posted + v.letters.handedOver}</strong>
          <div className="hint">
            {tp('volumes.posted')}: {v.letters.posted}; {tp('volumes.handedOver')}: {v.letters.handedOver}
          </div>
        </dd>
        <dt>{tp('volumes.complaints')}</dt>
        <dd>
          <div className="hint">
            {tp('volumes.received')}: <strong>{v.complaints.received}</strong>; {tp('volumes.answered')}:{' '}
            {v.complaints.answered}; {tp('volumes.complaintsOverdue')}:{' '}
            <span className={v.complaints.overdue > 0 ? 'bad-number' : undefined}>
              {v.complaints.overdue}
            </span>
          </div>
        </dd>
      </dl>
    </aside>
  );
}
