// Where the intake form shows a main-side (or contract) error: next to its field, or on top.

import type { i18n as I18n } from 'i18next';
import { useMemo } from 'react';
import type { AppError } from '../../../shared/contract/result.ts';
import { documentName } from '../../../shared/domain/checklist.ts';
import { definitionFor } from '../../../shared/standard/service-definition.ts';
import { useIntake } from '../desk.tsx';
import { describeError, emptyIn, type Placed } from '../i18n/errors.ts';
import { currentLang } from '../i18n/index.ts';
import { intakeTexts, useIntakeT } from './texts.ts';

/** Every path the form shows a message at; anything else goes to the top. */
export const INTAKE_FIELDS = [
  'applicant.iin',
  'applicant.lastName',
  'applicant.firstName',
  'applicant.middleName',
  'applicant.address',
  'applicant.postalAddress',
  'applicant.phone',
  'category',
  'representative',
  'representative.iin',
  'representative.lastName',
  'representative.firstName',
  'representative.middleName',
  'representative.address',
  'representative.postalAddress',
  'representative.phone',
  'representative.relation',
  'representative.authorityDocument',
  'consentSigned',
  'documents',
  'hoursException.reason',
] as const;

/** The element id of a field named by a contract path. */
export const fieldId = (path: string) => path.replace(/\./g, '-');

export function useIntakeMessages(): Placed[] {
  const { i18n } = useIntakeT();
  const error = useIntake((s) => s.error);
  const today = useIntake((s) => s.today);
  const category = useIntake((s) => s.category);
  const applicant = useIntake((s) => s.applicant);
  const representative = useIntake((s) => s.representative);
  const lang = currentLang(i18n);
  return useMemo(() => {
    if (!error) return [];
    const def = definitionFor(today ?? '9999-12-31');
    return describeError(i18n, error, {
      documentNames: (codes) =>
        codes
          .map((c) => {
            const d = def.documents.find((x) => x.code === c);
            return d ? `№ ${d.item} ${documentName(d, category, lang)}` : c;
          })
          .join('; '),
      isEmpty: emptyIn({ applicant, representative }),
    });
  }, [error, i18n, lang, today, category, applicant, representative]);
}

/** Moves the keyboard to the first field that has a message, so the clerk can fix it at once. */
export function focusFirstMessage(placed: readonly Placed[]): void {
  for (const p of placed) {
    if (!p.path) continue;
    const el = document.getElementById(fieldId(p.path));
    const target = el instanceof HTMLFieldSetElement ? el.querySelector<HTMLElement>('input, select') : el;
    if (target) {
      target.focus();
      return;
    }
  }
}

/** A print that did not reach paper, in the clerk's words. */
export function printErrorText(i18n: I18n, error: AppError): string {
  const tp = intakeTexts.tIn(i18n);
  if (error.params?.detail === 'popup_blocked') return tp('popupBlocked');
  const reason = describeError(i18n, error)
    .map((p) => p.text)
    .join(' ');
  return tp('printFailed', { reason });
}
