// Where an application stands (accepted, under review… closed), as a coloured pill.

import type { DecisionFile } from '../../../shared/contract/decisions.ts';
import { useDecisionsT } from './texts.ts';

export function StatusPill({ status }: { status: DecisionFile['status'] }) {
  const { t } = useDecisionsT();
  return <span className={`status-pill status-${status}`}>{t(`applications.statuses.${status}`)}</span>;
}
