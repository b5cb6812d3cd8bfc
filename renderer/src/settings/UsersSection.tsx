// Settings → Users (administrators only; the main side insists too, permissions.ts): who may
// sit at the desk, adding the head, the deputy or a new clerk, and taking off the list someone
// who left — with the reason, never deleted.

import { type FormEvent, useEffect, useState } from 'react';
import type { User } from '../../../shared/contract/common.ts';
import type { Lang } from '../../../shared/standard/service-definition.ts';
import { useDesk, useSession, useUsers } from '../desk.tsx';
import { useCommonT } from '../i18n/common-texts.ts';
import { useFieldsT } from '../i18n/contract-texts.ts';
import { describeError, emptyIn, messagesAt, messagesAtTop } from '../i18n/errors.ts';
import { useShellT } from '../shell/texts.ts';
import type { UserDraft } from '../stores/users.ts';
import { TextField, TopErrors } from '../ui/Field.tsx';
import { useUsersT } from './users-texts.ts';

const ROLES: readonly User['role'][] = ['clerk', 'head', 'deputy', 'admin'];
const BLANK: UserDraft = { login: '', fullName: '', role: 'clerk', language: 'kk' };

function Deactivate({ user }: { user: User }) {
  const { tp, i18n } = useUsersT();
  const { tp: tc } = useCommonT();
  const store = useDesk().users;
  const failed = useUsers((s) => (s.deactivateError?.userId === user.id ? s.deactivateError.error : null));
  const busy = useUsers((s) => s.busy);
  const [asking, setAsking] = useState(false);
  const [reason, setReason] = useState('');
  const placed = asking && failed ? describeError(i18n, failed, { isEmpty: emptyIn({ reason }) }) : [];
  if (!asking) {
    return (
      <button
        type="button"
        className="quiet"
        aria-label={`${tp('deactivate')}: ${user.fullName}`}
        onClick={() => setAsking(true)}
      >
        {tp('deactivate')}
      </button>
    );
  }
  return (
    <div className="inline-form">
      <TopErrors messages={messagesAtTop(placed, ['reason'])} />
      <TextField
        id={`deactivate-${user.id}`}
        label={tp('deactivateWhy', { fullName: user.fullName })}
        value={reason}
        onChange={setReason}
        errors={messagesAt(placed, 'reason')}
        maxLength={300}
        autoFocus
      />
      <button
        type="button"
        className="warn"
        disabled={busy}
        onClick={async () => {
          if (await store.getState().deactivate(user.id, reason)) setAsking(false);
        }}
      >
        {tp('confirmDeactivate')}
      </button>
      <button type="button" className="quiet" onClick={() => setAsking(false)}>
        {tc('cancel')}
      </button>
    </div>
  );
}

export function UsersSection() {
  const { tp, i18n } = useUsersT();
  const { tp: tc } = useCommonT();
  const { tp: tsh } = useShellT();
  const { tp: tf } = useFieldsT();
  const store = useDesk().users;
  const me = useSession((s) => s.user);
  const users = useUsers((s) => s.users);
  const busy = useUsers((s) => s.busy);
  const error = useUsers((s) => s.error);
  const notice = useUsers((s) => s.notice);
  const [draft, setDraft] = useState<UserDraft>(BLANK);
  const placed = error ? describeError(i18n, error, { isEmpty: emptyIn(draft) }) : [];

  useEffect(() => {
    void store.getState().load();
  }, [store]);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (await store.getState().create(draft)) setDraft(BLANK);
  };

  return (
    <section className="panel users" aria-labelledby="users-title">
      <h3 id="users-title">{tp('title')}</h3>
      <p className="hint">{tp('explain')}</p>
      <TopErrors messages={messagesAtTop(placed, ['login', 'fullName', 'role', 'language'])} />
      {users && (
        <table className="compact users-table">
          <thead>
            <tr>
              <th scope="col">{tp('columns.fullName')}</th>
              <th scope="col">{tp('columns.login')}</th>
              <th scope="col">{tp('columns.role')}</th>
              <th scope="col">{tp('columns.language')}</th>
              <th scope="col">{tp('columns.action')}</th>
            </tr>
          </thead>
          <tbody>
            {users.map((u) => (
              <tr key={u.id}>
                <td>
                  {u.fullName}
                  {u.id === me?.id && <span className="hint"> ({tp('you')})</span>}
                </td>
                <td>{u.login}</td>
                <td>{tc(`roles.${u.role}`)}</td>
                <td>{tc(u.language === 'ru' ? 'languages.ruFull' : 'languages.kkFull')}</td>
                <td>{u.id !== me?.id && <Deactivate user={u} />}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {notice && (
        <p className="notice" role="status">
          {tp(notice.kind, { fullName: notice.fullName })}
        </p>
      )}
      <form className="user-form" aria-labelledby="add-user-title" noValidate onSubmit={submit}>
        <h4 id="add-user-title">{tp('add')}</h4>
        <div className="person-fields">
          <TextField
            id="new-user-login"
            label={tf('login')}
            value={draft.login}
            onChange={(login) => setDraft({ ...draft, login })}
            hint={tsh('firstStart.loginHint')}
            errors={messagesAt(placed, 'login')}
            maxLength={32}
          />
          <TextField
            id="new-user-fullName"
            label={tf('fullName')}
            value={draft.fullName}
            onChange={(fullName) => setDraft({ ...draft, fullName })}
            errors={messagesAt(placed, 'fullName')}
            maxLength={120}
            wide
          />
          <div className="field">
            <label htmlFor="new-user-role">{tp('role')}</label>
            <select
              id="new-user-role"
              value={draft.role}
              onChange={(e) => setDraft({ ...draft, role: e.target.value as User['role'] })}
            >
              {ROLES.map((r) => (
                <option key={r} value={r}>
                  {tc(`roles.${r}`)}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor="new-user-language">{tf('language')}</label>
            <select
              id="new-user-language"
              value={draft.language}
              onChange={(e) => setDraft({ ...draft, language: e.target.value as Lang })}
            >
              <option value="kk">{tc('languages.kkFull')}</option>
              <option value="ru">{tc('languages.ruFull')}</option>
            </select>
          </div>
        </div>
        <div className="row">
          <button type="submit" className="secondary" disabled={busy}>
            {busy ? tc('busy') : tp('add')}
          </button>
        </div>
      </form>
    </section>
  );
}
