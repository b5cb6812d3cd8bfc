// Settings → Users (administrators only; the main side insists too, permissions.ts): who may
// sit at the desk, adding the head, the deputy or a new clerk, and taking off the list someone
// who left — with the reason, never deleted.

import { type FormEvent, useEffect, useState } from 'react';
import type { User } from '../../../shared/contract/common.ts';
import type { AppError } from '../../../shared/contract/result.ts';
import type { Lang } from '../../../shared/standard/service-definition.ts';
import { useDesk, useSession, useUsers } from '../desk.tsx';
import { useCommonT } from '../i18n/common-texts.ts';
import { useFieldsT } from '../i18n/contract-texts.ts';
import { describeError, emptyIn, messagesAt, messagesAtTop } from '../i18n/errors.ts';
import { useShellT } from '../shell/texts.ts';
import type { UserDraft } from '../stores/users.ts';
import { Notice } from '../ui/Announcer.tsx';
import { TextField, TopErrors } from '../ui/Field.tsx';
import { LanguageOptions } from '../ui/LanguageOptions.tsx';
import { useUsersT } from './users-texts.ts';

const ROLES: readonly User['role'][] = ['clerk', 'head', 'deputy', 'admin'];
const BLANK: UserDraft = { login: '', fullName: '', role: 'clerk', language: 'kk', password: '' };

/**
 * One action on a user's row that asks for one value first: the reason someone leaves the list,
 * or the password the administrator sets. Its error is shown at that row.
 */
function RowAction(p: {
  user: User;
  id: string;
  field: 'reason' | 'password';
  open: string;
  label: string;
  confirm: string;
  className: string;
  failed: AppError | null;
  run: (value: string) => Promise<boolean>;
}) {
  const { i18n } = useUsersT();
  const { tp: tc } = useCommonT();
  const busy = useUsers((s) => s.busy);
  const [asking, setAsking] = useState(false);
  const [value, setValue] = useState('');
  const placed =
    asking && p.failed ? describeError(i18n, p.failed, { isEmpty: emptyIn({ [p.field]: value }) }) : [];
  if (!asking) {
    return (
      <button
        type="button"
        className="quiet"
        aria-label={`${p.open}: ${p.user.fullName}`}
        onClick={() => setAsking(true)}
      >
        {p.open}
      </button>
    );
  }
  return (
    <div className="inline-form">
      <TopErrors messages={messagesAtTop(placed, [p.field])} />
      <TextField
        id={`${p.id}-${p.user.id}`}
        label={p.label}
        value={value}
        onChange={setValue}
        errors={messagesAt(placed, p.field)}
        maxLength={p.field === 'password' ? 256 : 300}
        autoFocus
        {...(p.field === 'password' ? { type: 'password', autoComplete: 'new-password' } : {})}
      />
      <button
        type="button"
        className={p.className}
        disabled={busy}
        onClick={async () => {
          if (await p.run(value)) {
            setAsking(false);
            setValue('');
          }
        }}
      >
        {p.confirm}
      </button>
      <button type="button" className="quiet" onClick={() => setAsking(false)}>
        {tc('cancel')}
      </button>
    </div>
  );
}

function Deactivate({ user }: { user: User }) {
  const { tp } = useUsersT();
  const store = useDesk().users;
  const failed = useUsers((s) => (s.deactivateError?.userId === user.id ? s.deactivateError.error : null));
  return (
    <RowAction
      user={user}
      id="deactivate"
      field="reason"
      open={tp('deactivate')}
      label={tp('deactivateWhy', { fullName: user.fullName })}
      confirm={tp('confirmDeactivate')}
      className="warn"
      failed={failed}
      run={(reason) => store.getState().deactivate(user.id, reason)}
    />
  );
}

/** §18: the administrator sets or resets a password; the user chooses their own at sign-in. */
function SetPassword({ user }: { user: User }) {
  const { tp } = useUsersT();
  const store = useDesk().users;
  const failed = useUsers((s) => (s.passwordError?.userId === user.id ? s.passwordError.error : null));
  return (
    <RowAction
      user={user}
      id="set-password"
      field="password"
      open={tp('setPassword')}
      label={tp('setPasswordFor', { fullName: user.fullName })}
      confirm={tp('confirmSetPassword')}
      className="secondary"
      failed={failed}
      run={(password) => store.getState().setPassword(user.id, password)}
    />
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
      <h2 id="users-title">{tp('title')}</h2>
      <p className="hint">{tp('explain')}</p>
      <TopErrors messages={messagesAtTop(placed, ['login', 'fullName', 'role', 'language', 'password'])} />
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
                <td>
                  <SetPassword user={u} />
                  {u.id !== me?.id && <Deactivate user={u} />}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <Notice as="p" text={notice ? tp(notice.kind, { fullName: notice.fullName }) : null} />
      <form className="user-form" aria-labelledby="add-user-title" noValidate onSubmit={submit}>
        <h3 id="add-user-title">{tp('add')}</h3>
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
          <TextField
            id="new-user-password"
            type="password"
            autoComplete="new-password"
            label={tp('firstPassword')}
            value={draft.password}
            onChange={(password) => setDraft({ ...draft, password })}
            hint={tp('firstPasswordHint')}
            errors={messagesAt(placed, 'password')}
            maxLength={256}
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
              <LanguageOptions />
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
