// The days left to the §7.1 term, coloured by urgency: one badge for the applications register,
// an application's detail, the decisions' due list and the decision panel.

import type { ApplicationRow } from '../../../shared/contract/applications.ts';
import { OPEN_STATUSES } from '../../../shared/domain/application-states.ts';
import { useApplicationsT } from '../applications/texts.ts';
import { useCommonT } from '../i18n/common-texts.ts';

type Term = Pick<ApplicationRow, 'daysLeft' | 'termState'>;

/**
 * With `status`, an application that is no longer open shows no count: the term matters until
 * the applicant is notified (§7.1), and not once the application is cancelled.
 */
export function DaysLeft({ term, status }: { term: Term; status?: string }) {
  const { tp: tc } = useCommonT();
  const { tp: ta } = useApplicationsT();
  if (status !== undefined && !(OPEN_STATUSES as readonly string[]).includes(status)) {
    return <span>{tc('none')}</span>;
  }
  const text =
    term.termState === 'overdue'
      ? ta('left.overdue', { count: -term.daysLeft })
      : term.termState === 'today'
        ? ta('left.today')
        : term.termState === 'tomorrow'
          ? ta('left.tomorrow')
          : ta('left.days', { count: term.daysLeft });
  return <span className={`days-left term-${term.termState}`}>{text}</span>;
}
