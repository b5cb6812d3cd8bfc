// The days left to the §7.1 term, coloured by urgency: one badge for the applications register,
// an application's detail, the decisions' due list and the decision panel.

import { useTranslation } from 'react-i18next';
import type { ApplicationRow } from '../../../shared/contract/applications.ts';
import { OPEN_STATUSES } from '../../../shared/domain/application-states.ts';

type Term = Pick<ApplicationRow, 'daysLeft' | 'termState'>;

/**
 * With `status`, an application that is no longer open shows no count: the term matters until
 * the applicant is notified (§7.1), and not once the application is cancelled.
 */
export function DaysLeft({ term, status }: { term: Term; status?: string }) {
  const { t } = useTranslation();
  if (status !== undefined && !(OPEN_STATUSES as readonly string[]).includes(status)) {
    return <span>{t('common.none')}</span>;
  }
  const text =
    term.termState === 'overdue'
      ? t('applications.left.overdue', { count: -term.daysLeft })
      : term.termState === 'today'
        ? t('applications.left.today')
        : term.termState === 'tomorrow'
          ? t('applications.left.tomorrow')
          : t('applications.left.days', { count: term.daysLeft });
  return <span className={`days-left term-${term.termState}`}>{text}</span>;
}
