// Who sits at the desk: pick your name (passwords arrive with the security issue), or, on the
// very first start, create the office's first user.

import { type FormEvent, useEffect, useRef, useState } from 'react';
import type { Lang } from '../../../shared/standard/service-definition.ts';
import { useDesk, useSession } from '../desk.tsx';
import { useCommonT } from '../i18n/common-texts.ts';
import { useFieldsT } from '../i18n/contract-texts.ts';
import { describeError, messagesAt, messagesAtTop } from '../i18n/errors.ts';
import { currentLang } from '../i18n/index.ts';
import { TextField, TopErrors } from '../ui/Field.tsx';
import { useShellT } from './texts.ts';

function useSessionMessages() {
  const { i18n } = useShellT();
  const error = useSession((s) => s.error);
  return error ? describeError(i18n, error) : [];
}

export function SignIn() {
  const { tp } = useShellT();
  const { tp: tc } = useCommonT();
  const session = useDesk().session;
  const users = useSession((s) => s.users);
  const busy = useSession((s) => s.busy);
  const placed = useSessionMessages();
  const first = useRef<HTMLButtonElement>(null);
  useEffect(() => first.current?.focus(), []);
  return (
    <section className="sign-in panel" aria-labelledby="sign-in-title">
      <h2 id="sign-in-title">{tp('signIn.title')}</h2>
      <p className="hint">{tp('signIn.hint')}</p>
      <TopErrors messages={placed.map((p) => p.text)} />
      <ul className="user-list">
        {users.map((u, i) => (
          <li key={u.id}>
            <button
              ref={i === 0 ? first : undefined}
              type="button"
              disabled={busy}
              onClick={() => void session.getState().signIn(u.id)}
            >
              <span className="user-name">{u.fullName}</span>
              <span className="user-role">{tc(`roles.${u.role}`)}</span>
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}

export function FirstStart() {
  const { tp, i18n } = useShellT();
  const { tp: tc } = useCommonT();
  const { tp: tf } = useFieldsT();
  const session = useDesk().session;
  const busy = useSession((s) => s.busy);
  const placed = useSessionMessages();
  const [login, setLogin] = useState('');
  const [fullName, setFullName] = useState('');
  // The language chosen here is the screen's own: the header switch and this field agree.
  const language = currentLang(i18n);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    void session.getState().createFirstUser({ login, fullName, language });
  };
  return (
    <form className="first-start panel" aria-labelledby="first-start-title" onSubmit={submit} noValidate>
      <h2 id="first-start-title">{tp('firstStart.title')}</h2>
      <p>{tp('firstStart.explain')}</p>
      <TopErrors messages={messagesAtTop(placed, ['login', 'fullName', 'language'])} />
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
      <div className="field">
        <label htmlFor="language">{tf('language')}</label>
        <select
          id="language"
          value={language}
          onChange={(e) => void session.getState().setLanguage(e.target.value as Lang)}
        >
          <option value="kk">{tc('languages.kkFull')}</option>
          <option value="ru">{tc('languages.ruFull')}</option>
        </select>
      </div>
      <button type="submit" className="primary" disabled={busy}>
        {tp('firstStart.submit')}
      </button>
    </form>
  );
}
