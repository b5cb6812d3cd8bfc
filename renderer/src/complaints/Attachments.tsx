// The scanned letters kept with a complaint: open one (the bytes as they were attached), add
// more, withdraw one added by mistake (it stays on record, marked).

import { useState } from 'react';
import { useStore } from 'zustand';
import { ATTACHMENT_ACCEPT } from '../../../shared/domain/complaint-attachment.ts';
import { useDesk, useSession } from '../desk.tsx';
import { useCommonT } from '../i18n/common-texts.ts';
import { describeError } from '../i18n/errors.ts';
import { officeDateTime } from '../ui/dates.ts';
import { FilePicker } from '../ui/FilePicker.tsx';
import { pickedFiles } from './files.ts';
import { useComplaintsT } from './texts.ts';

/** Files that could not be attached, each with why. */
export function FileErrors() {
  const { i18n } = useComplaintsT();
  const fileErrors = useStore(useDesk().complaints, (s) => s.fileErrors);
  if (!fileErrors.length) return null;
  return (
    <div className="error-banner" role="alert">
      <ul>
        {fileErrors.map((f) => (
          <li key={f.name}>
            {describeError(i18n, f.error)
              .map((p) => p.text)
              .join(' ')}
          </li>
        ))}
      </ul>
    </div>
  );
}

export function Attachments() {
  const { tp } = useComplaintsT();
  const { tp: tc } = useCommonT();
  const store = useDesk().complaints;
  const detail = useStore(store, (s) => s.detail);
  const busy = useStore(store, (s) => s.busy);
  const timeZone = useSession((s) => s.office?.office.timeZone);
  const [withdrawing, setWithdrawing] = useState<number | null>(null);
  const [reason, setReason] = useState('');
  if (!detail) return null;
  const active = detail.state !== 'cancelled';

  return (
    <section className="panel" aria-labelledby="attachments-title">
      <h2 id="attachments-title">{tp('attachments.title')}</h2>
      {detail.attachments.length === 0 ? (
        <p className="hint">{tp('attachments.none')}</p>
      ) : (
        <ul className="attachment-list">
          {detail.attachments.map((a) => (
            <li key={a.id} className={a.withdrawnAt ? 'withdrawn' : undefined}>
              <span>
                <span className="attachment-name">{a.fileName}</span>{' '}
                <span className="hint">
                  · {tp('attachments.size', { size: Math.max(1, Math.round(a.size / 1024)) })} ·{' '}
                  {officeDateTime(a.addedAt, timeZone)} · {a.addedBy}
                  {a.withdrawnAt && ` · ${tp('attachments.withdrawn', { reason: a.withdrawReason ?? '' })}`}
                </span>
              </span>
              <span className="row">
                <button
                  type="button"
                  className="quiet"
                  aria-label={`${tp('attachments.open')}: ${a.fileName}`}
                  onClick={() => void store.getState().downloadAttachment(a.id)}
                >
                  {tp('attachments.open')}
                </button>
                {!a.withdrawnAt && active && (
                  <button
                    type="button"
                    className="quiet"
                    aria-label={`${tp('attachments.withdraw')}: ${a.fileName}`}
                    onClick={() => {
                      setWithdrawing(a.id);
                      setReason('');
                    }}
                  >
                    {tp('attachments.withdraw')}
                  </button>
                )}
              </span>
            </li>
          ))}
        </ul>
      )}
      {withdrawing !== null && (
        <form
          className="inline-form"
          onSubmit={(e) => {
            e.preventDefault();
            void store
              .getState()
              .withdrawAttachment(withdrawing, reason)
              .then((ok) => ok && setWithdrawing(null));
          }}
        >
          <div className="field">
            <label htmlFor="withdraw-reason">
              {tp('attachments.withdrawReason', {
                name: detail.attachments.find((a) => a.id === withdrawing)?.fileName ?? '',
              })}
            </label>
            <input
              id="withdraw-reason"
              value={reason}
              maxLength={500}
              onChange={(e) => setReason(e.target.value)}
            />
          </div>
          <button type="submit" className="warn">
            {tp('attachments.confirmWithdraw')}
          </button>
          <button type="button" className="quiet" onClick={() => setWithdrawing(null)}>
            {tc('cancel')}
          </button>
        </form>
      )}
      {active && (
        <FilePicker
          id="attach-more"
          label={tp('attachments.add')}
          multiple
          accept={ATTACHMENT_ACCEPT}
          disabled={busy}
          chosen={null}
          hint={tp('form.attachmentsHint')}
          onPick={(list) => void store.getState().attach(pickedFiles(list))}
        />
      )}
      <FileErrors />
    </section>
  );
}
