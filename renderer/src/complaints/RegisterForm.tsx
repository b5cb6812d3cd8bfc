// Registering a complaint (§22, §23): when it came (now, or earlier for post), how, to whom, from
// whom, what it concerns, what it says, the scanned letters; then the tear-off talon at once.

import { useCallback, useEffect, useRef } from 'react';
import { useStore } from 'zustand';
import { COMPLAINT_ADDRESSEES, COMPLAINT_CHANNELS } from '../../../shared/domain/complaint.ts';
import { ATTACHMENT_ACCEPT } from '../../../shared/domain/complaint-attachment.ts';
import { formatLocalDate } from '../../../shared/domain/office-time.ts';
import { definitionFor } from '../../../shared/standard/service-definition.ts';
import { useDesk, useSession } from '../desk.tsx';
import { useCommonT } from '../i18n/common-texts.ts';
import { useFieldsT } from '../i18n/contract-texts.ts';
import { describeError, emptyIn, messagesAt, messagesAtTop } from '../i18n/errors.ts';
import { currentLang } from '../i18n/index.ts';
import type { RegisterDraft } from '../stores/complaints.ts';
import { DateField } from '../ui/DateField.tsx';
import { describedWithErrors, FieldMessages, TextField, TopErrors } from '../ui/Field.tsx';
import { FilePicker } from '../ui/FilePicker.tsx';
import { HoursExceptionField } from '../ui/HoursException.tsx';
import { LanguageOptions } from '../ui/LanguageOptions.tsx';
import { PostalAddressFields } from '../ui/PostalAddressFields.tsx';
import type { PostalAddressDraft } from '../ui/postal-address.ts';
import { FileErrors } from './Attachments.tsx';
import { pickedFiles } from './files.ts';
import { useComplaintsT } from './texts.ts';

const SHOWN = [
  'received',
  'channel',
  'addressee',
  'complainant',
  'applicationId',
  'employee',
  'summary',
  'language',
  'hoursException',
];

export function RegisterForm() {
  const { tp, i18n } = useComplaintsT();
  const { tp: tc } = useCommonT();
  const { tp: tf } = useFieldsT();
  const desk = useDesk();
  const store = desk.complaints;
  const draft = useStore(store, (s) => s.draft);
  const files = useStore(store, (s) => s.files);
  const term = useStore(store, (s) => s.termPreview);
  const busy = useStore(store, (s) => s.busy);
  const error = useStore(store, (s) => s.error);
  const office = useSession((s) => s.office);
  const users = useSession((s) => s.users);
  const lang = currentLang(i18n);
  const firstRef = useRef<HTMLInputElement>(null);
  const earlier = draft.receivedDate !== '' || draft.receivedTime !== '';

  useEffect(() => firstRef.current?.focus(), []);
  // §10: refused for the hours — the keyboard goes to the reason, then register again.
  useEffect(() => {
    if (error?.code === 'outside_hours') document.getElementById('complaint-hours-reason')?.focus();
  }, [error]);

  const placed = error
    ? describeError(i18n, error, {
        isEmpty: emptyIn({
          complainant: { name: draft.name, postalAddress: draft.postalAddress, email: draft.email },
          summary: draft.summary,
        }),
      })
    : [];
  const patch = (change: Partial<RegisterDraft>) => store.getState().patchDraft(change);
  const setAddress = useCallback(
    (postalAddress: PostalAddressDraft) => store.getState().patchDraft({ postalAddress }),
    [store],
  );
  const text = (
    id: string,
    path: string,
    value: string,
    set: (v: string) => void,
    opts: Partial<Parameters<typeof TextField>[0]> = {},
  ) => (
    <TextField
      id={id}
      label={tf(path as 'summary')}
      value={value}
      onChange={set}
      errors={messagesAt(placed, path)}
      {...opts}
    />
  );

  return (
    <form
      className="complaints"
      aria-labelledby="register-title"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void store.getState().register();
      }}
    >
      <div className="screen-head">
        <button type="button" className="quiet" onClick={() => void store.getState().showJournal()}>
          ← {tp('back')}
        </button>
        <h1 id="register-title">{tp('form.title')}</h1>
      </div>
      <TopErrors messages={messagesAtTop(placed, SHOWN)} />
      <div className="complaint-columns">
        <div>
          <fieldset className="panel">
            <legend>{tp('form.received')}</legend>
            <div className="radios" role="radiogroup" aria-label={tp('form.received')}>
              <label className="radio">
                <input
                  type="radio"
                  name="received-when"
                  checked={!earlier}
                  onChange={() => patch({ receivedDate: '', receivedTime: '' })}
                />
                {tp('form.now')}
              </label>
              <label className="radio">
                <input
                  type="radio"
                  name="received-when"
                  checked={earlier}
                  onChange={() => {
                    const receivedDate = term?.received ?? '';
                    // Post that came earlier is dated from the opening of that day (§10 hours).
                    const receivedTime = definitionFor(receivedDate || '9999-12-31').workingHours.open;
                    patch({ receivedDate, receivedTime });
                  }}
                />
                {tp('form.earlier')}
              </label>
            </div>
            {earlier && (
              <div className="person-fields">
                <DateField
                  id="received-date"
                  label={tf('received.date')}
                  value={draft.receivedDate}
                  onChange={(v) => patch({ receivedDate: v })}
                  errors={messagesAt(placed, 'received.date')}
                />
                {text(
                  'received-time',
                  'received.time',
                  draft.receivedTime,
                  (v) => patch({ receivedTime: v }),
                  {
                    type: 'time',
                  },
                )}
              </div>
            )}
            {term && (
              <p className="term-line" data-testid="complaint-term-preview">
                {tp('form.term', {
                  date: formatLocalDate(term.termEnd),
                  length: tp('form.termLength', { count: term.reviewTerm.length }),
                })}
              </p>
            )}
          </fieldset>
          <fieldset
            className="panel"
            aria-describedby={describedWithErrors('channel', messagesAt(placed, 'channel'))}
          >
            <legend>{tp('form.channel')}</legend>
            <div className="radios">
              {COMPLAINT_CHANNELS.map((c) => (
                <label key={c} className="radio">
                  <input
                    type="radio"
                    name="channel"
                    checked={draft.channel === c}
                    onChange={() => patch({ channel: c })}
                  />
                  {tp(`channels.${c}`)}
                </label>
              ))}
            </div>
            <FieldMessages id="channel" errors={messagesAt(placed, 'channel')} />
          </fieldset>
          <fieldset
            className="panel"
            aria-describedby={describedWithErrors('addressee', messagesAt(placed, 'addressee'))}
          >
            <legend>{tp('form.addressee')}</legend>
            <div className="radios">
              {COMPLAINT_ADDRESSEES.map((a) => (
                <label key={a} className="radio">
                  <input
                    type="radio"
                    name="addressee"
                    checked={draft.addressee === a}
                    onChange={() => patch({ addressee: a })}
                  />
                  {office?.contacts[a].title[lang] ?? a}
                </label>
              ))}
            </div>
            <FieldMessages id="addressee" errors={messagesAt(placed, 'addressee')} />
          </fieldset>
          <fieldset className="panel">
            <legend>{tp('form.concerns')}</legend>
            <div className="person-fields">
              {text(
                'complaint-application',
                'applicationId',
                draft.applicationNumber,
                (v) => patch({ applicationNumber: v }),
                {
                  optional: true,
                  hint: tp('form.applicationHint'),
                },
              )}
              {text('complaint-employee', 'employee', draft.employee, (v) => patch({ employee: v }), {
                optional: true,
                hint: tp('form.employeeHint'),
                list: 'complaint-employees',
              })}
              <datalist id="complaint-employees">
                {users.map((u) => (
                  <option key={u.id} value={u.fullName} />
                ))}
              </datalist>
            </div>
          </fieldset>
        </div>
        <div>
          <fieldset className="panel">
            <legend>{tp('form.complainant')}</legend>
            <div className="person-fields">
              {text('complainant-name', 'complainant.name', draft.name, (v) => patch({ name: v }), {
                wide: true,
                inputRef: firstRef,
                maxLength: 200,
              })}
              {text(
                'complainant-iin',
                'complainant.iin',
                draft.iin,
                (v) => patch({ iin: v.replace(/\D/g, '').slice(0, 12) }),
                {
                  optional: true,
                  inputMode: 'numeric',
                },
              )}
              {text('complainant-phone', 'complainant.phone', draft.phone, (v) => patch({ phone: v }), {
                optional: true,
              })}
              <PostalAddressFields
                path="complainant.postalAddress"
                value={draft.postalAddress}
                onChange={setAddress}
                placed={placed}
              />
              {text('complainant-email', 'complainant.email', draft.email, (v) => patch({ email: v }), {
                type: 'email',
                wide: true,
              })}
            </div>
            <p className="hint">{tp('form.contactsHint')}</p>
            <div className="field">
              <label htmlFor="complaint-language">{tp('form.language')}</label>
              <select
                id="complaint-language"
                value={draft.language || office?.documentLanguage || lang}
                onChange={(e) => patch({ language: e.target.value as 'kk' | 'ru' })}
              >
                <LanguageOptions />
              </select>
            </div>
          </fieldset>
          <fieldset className="panel">
            <legend>{tf('summary')}</legend>
            <div className="field">
              <label htmlFor="complaint-summary" className="visually-hidden">
                {tf('summary')}
              </label>
              <textarea
                id="complaint-summary"
                value={draft.summary}
                maxLength={4000}
                rows={5}
                aria-invalid={messagesAt(placed, 'summary').length > 0 || undefined}
                onChange={(e) => patch({ summary: e.target.value })}
              />
              <FieldMessages id="complaint-summary" errors={messagesAt(placed, 'summary')} />
            </div>
          </fieldset>
          <fieldset className="panel">
            <legend>{tp('form.attachments')}</legend>
            <FilePicker
              id="complaint-files"
              label={tp('attachments.add')}
              multiple
              accept={ATTACHMENT_ACCEPT}
              chosen={files.length ? null : []}
              hint={tp('form.attachmentsHint')}
              onPick={(list) => store.getState().setFiles(pickedFiles(list))}
            />
            {files.length > 0 && (
              <div>{tp('form.chosen', { names: files.map((f) => f.name).join(', ') })}</div>
            )}
            <FileErrors />
          </fieldset>
        </div>
      </div>
      <HoursExceptionField
        id="complaint-hours-reason"
        value={draft.hoursReason}
        onChange={(v) => patch({ hoursReason: v })}
        errors={messagesAt(placed, 'hoursException.reason')}
      />
      <div className="row">
        <button type="submit" className="primary big" disabled={busy}>
          {busy ? tc('busy') : tp('form.submit')}
        </button>
        <button type="button" className="quiet" onClick={() => void store.getState().showJournal()}>
          {tc('cancel')}
        </button>
      </div>
    </form>
  );
}
