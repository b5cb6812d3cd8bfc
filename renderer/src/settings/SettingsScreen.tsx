// The office's own details and the desk's printing preferences (minimal but real).

import { useEffect } from 'react';
import type { EnvelopeWindow } from '../../../shared/contract/decisions.ts';
import { roleMayCall } from '../../../shared/contract/roles.ts';
import type { OfficeSettings } from '../../../shared/contract/settings.ts';
import type { Lang } from '../../../shared/standard/service-definition.ts';
import { ReviewTermSettings } from '../complaints/ReviewTermSettings.tsx';
import { useDesk, useSession, useSettings } from '../desk.tsx';
import { useCommonT } from '../i18n/common-texts.ts';
import { useFieldsT } from '../i18n/contract-texts.ts';
import { describeError, emptyIn, messagesAt, messagesAtTop } from '../i18n/errors.ts';
import { QueueSettingsFields } from '../queue/QueueSettingsFields.tsx';
import { NumberField, TextField, TopErrors } from '../ui/Field.tsx';
import { enterMovesOn } from '../ui/keyboard.ts';
import { BackupsSection } from './BackupsSection.tsx';
import { OfficeCalendar } from './OfficeCalendar.tsx';
import './settings.css';
import { Notice } from '../ui/Announcer.tsx';
import { LanguageOptions } from '../ui/LanguageOptions.tsx';
import { useSettingsT } from './texts.ts';
import { UsersSection } from './UsersSection.tsx';
import { VoiceSettings } from './VoiceSettings.tsx';

type Layout = OfficeSettings['printing']['talonLayout'];
const LAYOUTS: readonly Layout[] = ['a6', 'a5', 'receipt80'];
const SHOWN = [
  'office.name.kk',
  'office.name.ru',
  'office.address.kk',
  'office.address.ru',
  'office.phone',
  'office.email',
  'office.timeZone',
  'office.area',
  'printing.sheetPrinter',
  'printing.receiptPrinter',
  'queue.noShowAfterCalls',
  'queue.serviceMinutes.handIn',
  'queue.serviceMinutes.collect',
  'letters.outgoingPrefix',
  'security.idleLockMinutes',
];

export function SettingsScreen() {
  const { tp, i18n } = useSettingsT();
  const { tp: tc } = useCommonT();
  const { tp: tf } = useFieldsT();
  const store = useDesk().settings;
  const draft = useSettings((s) => s.draft);
  const saving = useSettings((s) => s.saving);
  const notice = useSettings((s) => s.notice);
  const error = useSettings((s) => s.error);
  // What this person may change, as the main side decides it (shared/contract/roles.ts).
  const role = useSession((s) => s.user?.role);
  const mayChange = roleMayCall(role, 'settings.update');

  useEffect(() => {
    void store.getState().load();
  }, [store]);

  if (!draft) {
    return error ? (
      <TopErrors messages={describeError(i18n, error).map((p) => p.text)} />
    ) : (
      <p role="status">{tc('loading')}</p>
    );
  }

  const placed = error ? describeError(i18n, error, { isEmpty: emptyIn(draft) }) : [];
  const patch = (change: (d: OfficeSettings) => OfficeSettings) => store.getState().patch(change);
  const office = (change: Partial<OfficeSettings['office']>) =>
    patch((d) => ({ ...d, office: { ...d.office, ...change } }));
  const printing = (change: Partial<OfficeSettings['printing']>) =>
    patch((d) => ({ ...d, printing: { ...d.printing, ...change } }));
  // A field of the office's name or address in Kazakh or in Russian holds text of that language
  // whatever the screen's, and is marked so for a screen reader (issue 13, WCAG 3.1.2).
  const text = (path: string, value: string, set: (v: string) => void, max: number, wide = false) => (
    <TextField
      id={path.replace(/\./g, '-')}
      lang={/\.(kk|ru)$/.exec(path)?.[1]}
      label={tf(path as 'office.phone')}
      value={value}
      onChange={set}
      errors={messagesAt(placed, path)}
      maxLength={max}
      wide={wide}
    />
  );

  const windowSelect = <K extends keyof EnvelopeWindow>(
    key: K,
    values: readonly EnvelopeWindow[K][],
    name: (v: EnvelopeWindow[K]) => string,
  ) => (
    <div className="field">
      <label htmlFor={`letters-window-${key}`}>{tf(`letters.window.${key}`)}</label>
      <select
        id={`letters-window-${key}`}
        value={draft.letters.window[key]}
        onChange={(e) =>
          patch((d) => ({
            ...d,
            letters: { ...d.letters, window: { ...d.letters.window, [key]: e.target.value } },
          }))
        }
      >
        {values.map((v) => (
          <option key={v} value={v}>
            {name(v)}
          </option>
        ))}
      </select>
    </div>
  );

  return (
    <div className="settings">
      <div className="screen-head">
        <h1>{tp('title')}</h1>
      </div>
      <form
        className="panel"
        aria-labelledby="office-title"
        noValidate
        onKeyDown={enterMovesOn}
        onSubmit={(e) => {
          e.preventDefault();
          void store.getState().save();
        }}
      >
        <h2 id="office-title">{tp('office')}</h2>
        <TopErrors messages={messagesAtTop(placed, SHOWN)} />
        {/* Seen by everyone, changed only by those the main side lets save them. */}
        <fieldset className="plain" disabled={!mayChange}>
          <div className="person-fields">
            {text(
              'office.name.kk',
              draft.office.name.kk,
              (v) => office({ name: { ...draft.office.name, kk: v } }),
              300,
              true,
            )}
            {text(
              'office.name.ru',
              draft.office.name.ru,
              (v) => office({ name: { ...draft.office.name, ru: v } }),
              300,
              true,
            )}
            {text(
              'office.address.kk',
              draft.office.address.kk,
              (v) => office({ address: { ...draft.office.address, kk: v } }),
              300,
              true,
            )}
            {text(
              'office.address.ru',
              draft.office.address.ru,
              (v) => office({ address: { ...draft.office.address, ru: v } }),
              300,
              true,
            )}
            {text('office.phone', draft.office.phone, (v) => office({ phone: v }), 40)}
            {text('office.email', draft.office.email, (v) => office({ email: v }), 120)}
            {text('office.timeZone', draft.office.timeZone, (v) => office({ timeZone: v }), 60)}
            {/* Prefilled in every postal address typed at the desk (Kazpost's district and oblast lines). */}
            {(['oblast', 'district'] as const).flatMap((part) =>
              (['kk', 'ru'] as const).map((l) =>
                text(
                  `office.area.${part}.${l}`,
                  draft.office.area[part][l],
                  (v) =>
                    office({
                      area: { ...draft.office.area, [part]: { ...draft.office.area[part], [l]: v } },
                    }),
                  100,
                ),
              ),
            )}
          </div>

          <h2>{tp('printing')}</h2>
          <div className="person-fields">
            <div className="field">
              <label htmlFor="printing-talonLayout">{tf('printing.talonLayout')}</label>
              <select
                id="printing-talonLayout"
                value={draft.printing.talonLayout}
                onChange={(e) => printing({ talonLayout: e.target.value as Layout })}
              >
                {LAYOUTS.map((l) => (
                  <option key={l} value={l}>
                    {tp(`layouts.${l}`)}
                  </option>
                ))}
              </select>
            </div>
            <div className="field">
              <label htmlFor="documentLanguage">{tf('documentLanguage')}</label>
              <select
                id="documentLanguage"
                value={draft.documentLanguage}
                onChange={(e) => patch((d) => ({ ...d, documentLanguage: e.target.value as Lang }))}
              >
                <LanguageOptions />
              </select>
            </div>
            <TextField
              id="printing-sheetPrinter"
              label={tf('printing.sheetPrinter')}
              value={draft.printing.sheetPrinter}
              onChange={(v) => printing({ sheetPrinter: v })}
              hint={tp('printerHint')}
              errors={messagesAt(placed, 'printing.sheetPrinter')}
              maxLength={200}
            />
            <TextField
              id="printing-receiptPrinter"
              label={tf('printing.receiptPrinter')}
              value={draft.printing.receiptPrinter}
              onChange={(v) => printing({ receiptPrinter: v })}
              hint={tp('printerHint')}
              errors={messagesAt(placed, 'printing.receiptPrinter')}
              maxLength={200}
            />
            <label className="check">
              <input
                type="checkbox"
                checked={draft.printing.silent}
                onChange={(e) => printing({ silent: e.target.checked })}
              />
              {tf('printing.silent')}
            </label>
          </div>

          <h2>{tp('letters')}</h2>
          <div className="person-fields">
            <TextField
              id="letters-outgoingPrefix"
              label={tf('letters.outgoingPrefix')}
              value={draft.letters.outgoingPrefix}
              onChange={(v) => patch((d) => ({ ...d, letters: { ...d.letters, outgoingPrefix: v } }))}
              hint={tp('prefixHint')}
              errors={messagesAt(placed, 'letters.outgoingPrefix')}
              maxLength={20}
            />
            <div className="field">
              <label htmlFor="letters-addressing">{tf('letters.addressing')}</label>
              <select
                id="letters-addressing"
                value={draft.letters.addressing}
                onChange={(e) =>
                  patch((d) => ({
                    ...d,
                    letters: {
                      ...d.letters,
                      addressing: e.target.value as OfficeSettings['letters']['addressing'],
                    },
                  }))
                }
              >
                {(['window', 'labels', 'envelopes'] as const).map((a) => (
                  <option key={a} value={a}>
                    {tp(`addressing.${a}`)}
                  </option>
                ))}
              </select>
            </div>
            {/* One window for every letter that goes by post: the notification and the complaint answer. */}
            {windowSelect('envelope', ['dl', 'c5_6'], (e) => tp(`envelopes.${e as 'dl'}`))}
            {windowSelect('side', ['left', 'right'], (side) => tp(`windowSides.${side as 'left'}`))}
          </div>
          <QueueSettingsFields draft={draft} patch={patch} placed={placed} />
          <h2>{tp('security')}</h2>
          <div className="person-fields">
            <NumberField
              id="security-idleLockMinutes"
              label={tf('security.idleLockMinutes')}
              value={draft.security.idleLockMinutes}
              min={1}
              max={120}
              errors={messagesAt(placed, 'security.idleLockMinutes')}
              set={(n) => patch((d) => ({ ...d, security: { idleLockMinutes: n } }))}
            />
          </div>
          <p className="hint">{tp('securityHint')}</p>
        </fieldset>
        <div className="row">
          {/* The office's settings are the administrator's or the head's (permissions.ts). */}
          {mayChange ? (
            <button type="submit" className="primary" disabled={saving}>
              {saving ? tc('busy') : tc('save')}
            </button>
          ) : (
            <span className="hint">{tp('onlyAdminOrHead')}</span>
          )}
          <Notice text={notice === 'saved' ? tp('saved') : null} />
        </div>
      </form>
      <VoiceSettings />
      <OfficeCalendar />
      <ReviewTermSettings />
      {roleMayCall(role, 'users.create') && <UsersSection />}
      {roleMayCall(role, 'backup.restore') && <BackupsSection />}
    </div>
  );
}
