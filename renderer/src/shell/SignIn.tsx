// Who sits at the desk (§18): the login and the password, typed (the names below the form fill
// the login for a mouse user); the very first start, which creates the office's administrator
// with a password typed twice; the new password a user chooses after the administrator set
// one; and the lock screen, which only the same user's password opens.

import { type FormEvent, type Ref, useRef, useState } from 'react';
import type { Lang } from '../../../shared/standard/service-definition.ts';
import { useDesk, useSession } from '../desk.tsx';
import { useCommonT } from '../i18n/common-texts.ts';
import { useFieldsT } from '../i18n/contract-texts.ts';
import { describeError, messagesAt, messagesAtTop } from '../i18n/errors.ts';
import { currentLang } from '../i18n/index.ts';
import { TextField, TopErrors } from '../ui/Field.tsx';
import { LanguageOptions } from '../ui/LanguageOptions.tsx';
import { useShellT } from './texts.ts';

function useSessionMessages() {
  const { i18n } = useShellT();
  const error = useSession((s) => s.error);
  return error ? describeError(i18n, error) : [];
}

/** A password field: never filled in by the browser, never shown, never spell-checked. */
function PasswordField(props: {
  id: string;
  label: string;
  value: string;
  onChange: (v: string) => void;
  errors: readonly string[];
  hint?: string;
  autoFocus?: boolean;
  inputRef?: Ref<HTMLInputElement>;
}) {
  return <TextField type="password" autoComplete="new-password" maxLength={256} {...props} />;
}

/**
 * A new password typed twice (the first start, a password changed after a reset): the rules'
 * hint under the first, each field's own messages (the contract's `password`, `passwordRepeat`).
 */
function NewPasswordFields(props: {
  ids: readonly [string, string];
  label: string;
  value: readonly [string, string];
  onChange: readonly [(v: string) => void, (v: string) => void];
}) {
  const { tp } = useShellT();
  const { tp: tf } = useFieldsT();
  const placed = useSessionMessages();
  return (
    <>
      <PasswordField
        id={props.ids[0]}
        label={props.label}
        value={props.value[0]}
        onChange={props.onChange[0]}
        hint={tp('passwordHint')}
        errors={messagesAt(placed, 'password')}
      />
      <PasswordField
        id={props.ids[1]}
        label={tf('passwordRepeat')}
        value={props.value[1]}
        onChange={props.onChange[1]}
        errors={messagesAt(placed, 'passwordRepeat')}
      />
    </>
  );
}

export function SignIn() {
  const { tp } = useShellT();
  const { tp: tc } = useCommonT();
  const { tp: tf } = useFieldsT();
  const session = useDesk().session;
  const users = useSession((s) => s.users);
  const busy = useSession((s) => s.busy);
  const placed = useSessionMessages();
  const [login, setLogin] = useState('');
  const [password, setPassword] = useState('');
  const passwordRef = useRef<HTMLInputElement>(null);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    await session.getState().signIn(login, password);
    // A refused password is typed again from the start; the login stays.
    setPassword('');
  };
  return (
    <section className="sign-in panel" aria-labelledby="sign-in-title">
      <h1 id="sign-in-title">{tp('signIn.title')}</h1>
      <form onSubmit={submit} noValidate>
        <TopErrors messages={messagesAtTop(placed, ['login', 'password'])} />
        <TextField
          id="sign-in-login"
          label={tf('login')}
          value={login}
          onChange={setLogin}
          errors={messagesAt(placed, 'login')}
          autoFocus
          maxLength={64}
        />
        <PasswordField
          id="sign-in-password"
          label={tf('password')}
          value={password}
          onChange={setPassword}
          errors={messagesAt(placed, 'password')}
          inputRef={passwordRef}
        />
        <button type="submit" className="primary" disabled={busy}>
          {tp('signIn.submit')}
        </button>
      </form>
      {users.length > 0 && (
        <>
          <p className="hint">{tp('signIn.hint')}</p>
          <ul className="user-list">
            {users.map((u) => (
              <li key={u.id}>
                <button
                  type="button"
                  disabled={busy}
                  onClick={() => {
                    setLogin(u.login);
                    passwordRef.current?.focus();
                  }}
                >
                  <span className="user-name">{u.fullName}</span>
                  <span className="user-role">{tc(`roles.${u.role}`)}</span>
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

export function FirstStart() {
  const { tp, i18n } = useShellT();
  const { tp: tf } = useFieldsT();
  const session = useDesk().session;
  const busy = useSession((s) => s.busy);
  const placed = useSessionMessages();
  const [login, setLogin] = useState('');
  const [fullName, setFullName] = useState('');
  const [password, setPassword] = useState('');
  const [passwordRepeat, setPasswordRepeat] = useState('');
  // The language chosen here is the screen's own: the header switch and this field agree.
  const language = currentLang(i18n);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    void session.getState().createFirstUser({ login, fullName, language, password, passwordRepeat });
  };
  return (
    <form className="first-start panel" aria-labelledby="first-start-title" onSubmit={submit} noValidate>
      <h1 id="first-start-title">{tp('firstStart.title')}</h1>
      <p>{tp('firstStart.explain')}</p>
      <TopErrors
        messages={messagesAtTop(placed, ['login', 'fullName', 'language', 'password', 'passwordRepeat'])}
      />
      <TextField
        id="login"
        label={tf('login')}
        value={login}
        onChange={setLogin}
        hint={tp('firstStart.loginHint')}
        errors={messagesAt(placed, 'login')}
        autoFocus
        maxLength={32}
      />
      <TextField
        id="fullName"
        label={tf('fullName')}
        value={fullName}
        onChange={setFullName}
        errors={messagesAt(placed, 'fullName')}
        maxLength={120}
      />
      <NewPasswordFields
        ids={['password', 'passwordRepeat']}
        label={tf('password')}
        value={[password, passwordRepeat]}
        onChange={[setPassword, setPasswordRepeat]}
      />
      <div className="field">
        <label htmlFor="language">{tf('language')}</label>
        <select
          id="language"
          value={language}
          onChange={(e) => void session.getState().setLanguage(e.target.value as Lang)}
        >
          <LanguageOptions />
        </select>
      </div>
      <button type="submit" className="primary" disabled={busy}>
        {tp('firstStart.submit')}
      </button>
    </form>
  );
}

/** The form's own button, and "change user": the next person gets a clean desk (sign-out). */
function SubmitOrChangeUser({ submit }: { submit: string }) {
  const { tp } = useShellT();
  const session = useDesk().session;
  const busy = useSession((s) => s.busy);
  return (
    <div className="row">
      <button type="submit" className="primary" disabled={busy}>
        {submit}
      </button>
      <button
        type="button"
        className="quiet"
        disabled={busy}
        onClick={() => void session.getState().signOut()}
      >
        {tp('lock.changeUser')}
      </button>
    </div>
  );
}

export function ChangePassword() {
  const { tp } = useShellT();
  const { tp: tf } = useFieldsT();
  const session = useDesk().session;
  const user = useSession((s) => s.user);
  const placed = useSessionMessages();
  const [currentPassword, setCurrent] = useState('');
  const [password, setPassword] = useState('');
  const [passwordRepeat, setPasswordRepeat] = useState('');
  const submit = (e: FormEvent) => {
    e.preventDefault();
    void session.getState().changePassword(currentPassword, password, passwordRepeat);
  };
  return (
    <form className="sign-in panel" aria-labelledby="change-password-title" onSubmit={submit} noValidate>
      <h1 id="change-password-title">{tp('changePassword.title')}</h1>
      <p>{tp('changePassword.explain', { fullName: user?.fullName ?? '' })}</p>
      <TopErrors messages={messagesAtTop(placed, ['currentPassword', 'password', 'passwordRepeat'])} />
      <PasswordField
        id="currentPassword"
        label={tf('currentPassword')}
        value={currentPassword}
        onChange={setCurrent}
        errors={messagesAt(placed, 'currentPassword')}
        autoFocus
      />
      <NewPasswordFields
        ids={['newPassword', 'newPasswordRepeat']}
        label={tf('newPassword')}
        value={[password, passwordRepeat]}
        onChange={[setPassword, setPasswordRepeat]}
      />
      <SubmitOrChangeUser submit={tp('changePassword.submit')} />
    </form>
  );
}

export function LockScreen() {
  const { tp } = useShellT();
  const { tp: tc } = useCommonT();
  const { tp: tf } = useFieldsT();
  const session = useDesk().session;
  const user = useSession((s) => s.user);
  const placed = useSessionMessages();
  const [password, setPassword] = useState('');
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    await session.getState().unlock(password);
    setPassword('');
  };
  return (
    <form className="sign-in lock-screen panel" aria-labelledby="lock-title" onSubmit={submit} noValidate>
      <h1 id="lock-title">{tp('lock.title')}</h1>
      <p className="lock-user">
        <strong>{user?.fullName}</strong>
        {user && <span className="user-role"> · {tc(`roles.${user.role}`)}</span>}
      </p>
      <p className="hint">{tp('lock.explain')}</p>
      <TopErrors messages={messagesAtTop(placed, ['password'])} />
      <PasswordField
        id="unlock-password"
        label={tf('password')}
        value={password}
        onChange={setPassword}
        errors={messagesAt(placed, 'password')}
        autoFocus
      />
      <SubmitOrChangeUser submit={tp('lock.unlock')} />
    </form>
  );
}
