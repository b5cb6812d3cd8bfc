// The clerk's main work, keyboard first: the IIN takes the focus, Tab and Enter walk the form
// in reading order, and every action has its key (ui/shortcuts.ts) shown on it.

import { useCallback, useEffect, useRef, useState } from 'react';
import { ageOn, categoryFor } from '../../../shared/domain/applicant.ts';
import { parseIin } from '../../../shared/domain/iin.ts';
import { formatLocalDate } from '../../../shared/domain/office-time.ts';
import type { ApplicantCategory, Lang } from '../../../shared/standard/service-definition.ts';
import { definitionFor } from '../../../shared/standard/service-definition.ts';
import { useApplicationsT } from '../applications/texts.ts';
import { useDesk, useIntake, useSession } from '../desk.tsx';
import { useCommonT } from '../i18n/common-texts.ts';
import { useFieldsT } from '../i18n/contract-texts.ts';
import { messagesAt, messagesAtTop } from '../i18n/errors.ts';
import { describedWithErrors, FieldMessages, Kbd, TextField, TopErrors } from '../ui/Field.tsx';
import { HoursExceptionField } from '../ui/HoursException.tsx';
import { enterMovesOn } from '../ui/keyboard.ts';
import { LanguageOptions } from '../ui/LanguageOptions.tsx';
import type { PostalAddressDraft } from '../ui/postal-address.ts';
import { keysOf, useShortcuts } from '../ui/shortcuts.ts';
import { Checklist } from './Checklist.tsx';
import { RELATIONS, type Relation, verdictOf } from './draft.ts';
import { IinField } from './IinField.tsx';
import { fieldId, focusFirstMessage, INTAKE_FIELDS, printErrorText, useIntakeMessages } from './messages.ts';
import { PersonFields } from './PersonFields.tsx';
import { useIntakeT } from './texts.ts';

const CATEGORIES: readonly ApplicantCategory[] = ['adult', 'child'];

export function IntakeForm() {
  const { tp, i18n } = useIntakeT();
  const { tp: tc } = useCommonT();
  const { tp: ta } = useApplicationsT();
  const { tp: tf } = useFieldsT();
  const desk = useDesk();
  const store = desk.intake;
  const s = useIntake((x) => x);
  const setApplicantAddress = useCallback(
    (v: PostalAddressDraft) => store.getState().setApplicant('postalAddress', v),
    [store],
  );
  const setRepresentativeAddress = useCallback(
    (v: PostalAddressDraft) => store.getState().setRepresentative('postalAddress', v),
    [store],
  );
  const officeLanguage = useSession((x) => x.office?.documentLanguage ?? 'kk');
  const placed = useIntakeMessages();
  const iinRef = useRef<HTMLInputElement>(null);
  const today = s.today ?? '9999-12-31';
  const def = definitionFor(today);
  const verdict = verdictOf(def, s);
  const busy = s.phase === 'busy';
  const canAccept = verdict.complete && s.consentSigned && !busy;
  const canTurnAway = !verdict.complete && s.consentSigned && !busy;
  const parsed = parseIin(s.applicant.iin);
  const ageCategory = parsed.ok ? categoryFor(parsed.info.birthDate, today) : null;
  const child = s.category === 'child';

  useEffect(() => iinRef.current?.focus(), []);

  // After an action the main side refused, the keyboard goes where the problem is — once the
  // messages of that answer are on screen.
  const [focusAsked, setFocusAsked] = useState(0);
  const placedRef = useRef(placed);
  placedRef.current = placed;
  useEffect(() => {
    if (focusAsked) focusFirstMessage(placedRef.current);
  }, [focusAsked]);
  const afterFailure = () => setFocusAsked((n) => n + 1);
  // §10: refused for the hours — the keyboard goes to the reason, then Alt+7 again.
  useEffect(() => {
    if (s.error?.code === 'outside_hours') document.getElementById(fieldId('hoursException.reason'))?.focus();
  }, [s.error]);

  const accept = async () => {
    if (!canAccept) return;
    if (!(await store.getState().accept())) afterFailure();
  };
  const turnAway = async () => {
    if (!canTurnAway) return;
    if (!(await store.getState().turnAway())) afterFailure();
  };
  const printConsent = async () => {
    if (!(await store.getState().printConsent()) && store.getState().error) afterFailure();
  };
  const focus = (id: string) => document.getElementById(id)?.focus();

  useShortcuts({
    'intake.applicantIin': () => iinRef.current?.focus(),
    'intake.representativeIin': () => focus('representative-iin'),
    'intake.documents': () => document.querySelector<HTMLInputElement>('#documents input')?.focus(),
    'intake.markAll': () => store.getState().markAll(),
    'intake.printConsent': () => void printConsent(),
    'intake.consentSigned': () => store.getState().setConsent(!store.getState().consentSigned),
    'intake.accept': () => void accept(),
    'intake.turnAway': () => void turnAway(),
    'intake.clear': () => {
      store.getState().reset();
      iinRef.current?.focus();
    },
  });

  const top = messagesAtTop(placed, INTAKE_FIELDS);
  const printProblem = s.printError ? printErrorText(i18n, s.printError) : null;
  const consentNotice =
    s.printed?.what === 'consent'
      ? s.printed.how === 'sent'
        ? tp('printedSent.consent')
        : tp('printedShown')
      : null;

  return (
    <form
      className="intake"
      aria-labelledby="intake-title"
      noValidate
      onSubmit={(e) => e.preventDefault()}
      onKeyDown={enterMovesOn}
    >
      <div className="screen-head">
        <h1 id="intake-title">{tp('title')}</h1>
        <p className="service-title" title={def.title[i18n.language === 'ru' ? 'ru' : 'kk']}>
          {def.title[i18n.language === 'ru' ? 'ru' : 'kk']}
        </p>
      </div>
      <TopErrors messages={top} />
      <div className="intake-columns">
        <div className="intake-people">
          <fieldset className="panel">
            <legend>{tp('applicant')}</legend>
            <IinField
              id="applicant-iin"
              label={tf('applicant.iin')}
              value={s.applicant.iin}
              onChange={(v) => store.getState().setApplicantIin(v)}
              today={today}
              errors={messagesAt(placed, 'applicant.iin')}
              inputRef={iinRef}
              shortcut={keysOf('intake.applicantIin')}
            />
            <fieldset
              id="category"
              className="category"
              aria-describedby={describedWithErrors(
                'category',
                messagesAt(placed, 'category'),
                'category-note',
              )}
            >
              <legend>{tp('category')}</legend>
              <div className="radios">
                {CATEGORIES.map((c) => (
                  <label key={c} className="radio">
                    <input
                      type="radio"
                      name="category"
                      value={c}
                      checked={s.category === c}
                      onChange={() => store.getState().setCategory(c)}
                    />
                    {tc(`category.${c}`)}
                  </label>
                ))}
              </div>
              <div id="category-note">
                {parsed.ok && ageCategory && (
                  <p className={ageCategory === s.category ? 'hint' : 'warning'}>
                    {ageCategory === s.category
                      ? tp('categorySuggested', {
                          age: ageOn(parsed.info.birthDate, today),
                          category: tc(`category.${ageCategory}`),
                        })
                      : tp('categoryMismatch', { category: tc(`category.${ageCategory}`) })}
                  </p>
                )}
                <FieldMessages id="category" errors={messagesAt(placed, 'category')} />
              </div>
            </fieldset>
            {s.applicantLookup?.applicant && (
              <div className="returning" role="status">
                <p>{tp('returning')}</p>
                {s.applicantLookup.applications.length ? (
                  <>
                    <p className="hint">{tp('earlierApplications')}:</p>
                    <ul>
                      {s.applicantLookup.applications.map((a) => (
                        <li key={a.id}>
                          {tp('application', {
                            regNumber: a.regNumber,
                            date: formatLocalDate(a.acceptedDate),
                            // Where the earlier file stands after the talon (§16, §17).
                            status: ta(`statuses.${a.status as 'accepted'}`),
                          })}
                        </li>
                      ))}
                    </ul>
                  </>
                ) : (
                  <p className="hint">{tp('noEarlierApplications')}</p>
                )}
              </div>
            )}
            <PersonFields
              who="applicant"
              person={s.applicant}
              onChange={(f, v) => store.getState().setApplicant(f, v)}
              onAddress={setApplicantAddress}
              placed={placed}
            />
          </fieldset>

          {child && (
            <fieldset
              className="panel"
              id="representative"
              aria-describedby={describedWithErrors(
                'representative',
                messagesAt(placed, 'representative', true),
              )}
            >
              <legend>{tp('representative')}</legend>
              <FieldMessages id="representative" errors={messagesAt(placed, 'representative', true)} />
              <IinField
                id="representative-iin"
                label={tf('representative.iin')}
                value={s.representative.iin}
                onChange={(v) => store.getState().setRepresentativeIin(v)}
                today={today}
                errors={messagesAt(placed, 'representative.iin')}
                shortcut={keysOf('intake.representativeIin')}
              />
              {s.representativeKnown && (
                <p className="returning" role="status">
                  {tp('returning')}
                </p>
              )}
              <PersonFields
                who="representative"
                person={s.representative}
                onChange={(f, v) => store.getState().setRepresentative(f, v)}
                onAddress={setRepresentativeAddress}
                placed={placed}
              />
              <div className="person-fields">
                <div className="field">
                  <label htmlFor="representative-relation">{tf('representative.relation')}</label>
                  <select
                    id="representative-relation"
                    value={s.representative.relation}
                    onChange={(e) =>
                      store.getState().setRepresentative('relation', e.target.value as Relation | '')
                    }
                    aria-invalid={messagesAt(placed, 'representative.relation').length > 0 || undefined}
                    aria-describedby={
                      messagesAt(placed, 'representative.relation').length
                        ? 'representative-relation-error'
                        : undefined
                    }
                  >
                    <option value="">{tc('relation.choose')}</option>
                    {RELATIONS.map((r) => (
                      <option key={r} value={r}>
                        {tc(`relation.${r}`)}
                      </option>
                    ))}
                  </select>
                  <FieldMessages
                    id="representative-relation"
                    errors={messagesAt(placed, 'representative.relation')}
                  />
                </div>
                <TextField
                  id={fieldId('representative.authorityDocument')}
                  label={tf('representative.authorityDocument')}
                  value={s.representative.authorityDocument}
                  onChange={(v) => store.getState().setRepresentative('authorityDocument', v)}
                  errors={messagesAt(placed, 'representative.authorityDocument')}
                  hint={tp('authorityHint')}
                  maxLength={200}
                  wide
                />
              </div>
            </fieldset>
          )}

          <fieldset className="panel consent">
            <legend>{tp('consent')}</legend>
            <p className="hint">{tp('consentLaw')}</p>
            <div className="row">
              <button
                type="button"
                className="secondary"
                onClick={() => void printConsent()}
                disabled={busy}
                aria-keyshortcuts={keysOf('intake.printConsent')}
              >
                {tp('printConsent')} <Kbd keys={keysOf('intake.printConsent')} />
              </button>
              {consentNotice && <span role="status">{consentNotice}</span>}
            </div>
            <div className="check big-check">
              <input
                id="consentSigned"
                type="checkbox"
                checked={s.consentSigned}
                onChange={(e) => store.getState().setConsent(e.target.checked)}
                aria-keyshortcuts={keysOf('intake.consentSigned')}
                aria-invalid={messagesAt(placed, 'consentSigned').length > 0 || undefined}
                aria-describedby={
                  messagesAt(placed, 'consentSigned').length ? 'consentSigned-error' : undefined
                }
              />
              <label htmlFor="consentSigned">
                {child ? tp('consentSignedChild') : tp('consentSignedAdult')}
              </label>
              <Kbd keys={keysOf('intake.consentSigned')} />
            </div>
            <FieldMessages id="consentSigned" errors={messagesAt(placed, 'consentSigned')} />
          </fieldset>
        </div>

        <div className="intake-package">
          <Checklist placed={placed} />
          {/* Issue 11: the term and the actions in one compact panel under the list, so that at
              1366×768 every row of the checklist stays in sight above it. */}
          <div className="panel actions">
            {s.term && (
              <div className="term-preview" data-testid="term-preview">
                <p className="term-line">{tp('term', { date: formatLocalDate(s.term.termEnd) })}</p>
                <p className="hint">
                  {s.term.unit === 'working'
                    ? tp('termRuleWorking', { length: s.term.length })
                    : tp('termRule', { length: s.term.length })}
                </p>
              </div>
            )}
            <div className="inline-field">
              <label htmlFor="document-language">{tp('documentLanguage')}</label>
              <select
                id="document-language"
                value={s.documentLanguage ?? officeLanguage}
                onChange={(e) => store.getState().setDocumentLanguage(e.target.value as Lang)}
              >
                <LanguageOptions />
              </select>
            </div>
            {/* Issue 13: asked once, kept with the applicant: the talon now and every later paper. */}
            <div className="check">
              <input
                id="large-print"
                type="checkbox"
                checked={s.largePrint ?? false}
                onChange={(e) => store.getState().setLargePrint(e.target.checked)}
              />
              <label htmlFor="large-print">{tp('largePrint')}</label>
            </div>
            <HoursExceptionField
              id={fieldId('hoursException.reason')}
              value={s.hoursReason ?? null}
              onChange={(v) => store.getState().setHoursReason(v)}
              errors={messagesAt(placed, 'hoursException.reason')}
            />
            {printProblem && (
              <p className="field-error" role="alert">
                {printProblem}
              </p>
            )}
            <button
              type="button"
              className="primary big"
              onClick={() => void accept()}
              disabled={!canAccept}
              aria-describedby={canAccept ? undefined : 'accept-needs'}
              aria-keyshortcuts={keysOf('intake.accept')}
            >
              {busy ? tc('busy') : tp('accept')} <Kbd keys={keysOf('intake.accept')} />
            </button>
            {!canAccept && (
              <p id="accept-needs" className="hint">
                {tp('acceptNeeds')}
              </p>
            )}
            <div className="action-row">
              <button
                type="button"
                className="warn"
                onClick={() => void turnAway()}
                disabled={!canTurnAway}
                aria-describedby={!s.consentSigned && !verdict.complete ? 'turn-away-needs' : undefined}
                aria-keyshortcuts={keysOf('intake.turnAway')}
              >
                {tp('turnAway')} <Kbd keys={keysOf('intake.turnAway')} />
              </button>
              <button
                type="button"
                className="quiet"
                onClick={() => {
                  store.getState().reset();
                  iinRef.current?.focus();
                }}
                aria-keyshortcuts={keysOf('intake.clear')}
              >
                {tp('clear')} <Kbd keys={keysOf('intake.clear')} />
              </button>
            </div>
            {!s.consentSigned && !verdict.complete && (
              <p id="turn-away-needs" className="hint">
                {tp('turnAwayNeeds')}
              </p>
            )}
          </div>
        </div>
      </div>
    </form>
  );
}
