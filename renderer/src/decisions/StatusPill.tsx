// Where an application stands (accepted, under review… closed), as a coloured pill.

import type { DecisionFile } from '../../../shared/contract/decisions.ts';
import { useApplicationsT } from '../applications/texts.ts';

export function StatusPill({ status }: { status: DecisionFile['status'] }) {
  const { tp: ta } = useApplicationsT();
  return <span className={`status-pill status-${status}`}>{ta(`statuses.${status}`)}</span>;
}
