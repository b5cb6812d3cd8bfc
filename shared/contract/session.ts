import { z } from 'zod';
import { empty, id, lang, role, text, typedSecret, user } from './common.ts';

/**
 * A password as it is chosen (§18): long enough to resist guessing at the desk, and not the
 * login (checked by the handler, which knows the login). Never returned by any channel and
 * never written to the audit log.
 */
export const newPassword = typedSecret(8, 256, { short: 'password_too_short', long: 'password_too_long' });
/** A password as it is typed to sign in or unlock: checked, never judged. */
const typedPassword = typedSecret(1, 256);

/** Who sits at the desk, and what stands between them and the work. */
export const signedIn = user.extend({
  /** An administrator set or reset the password: the user chooses their own before anything else. */
  mustChangePassword: z.boolean(),
  /** The screen is locked (idle or Ctrl+L): only the same user's password opens it. */
  locked: z.boolean(),
});
export type SignedIn = z.infer<typeof signedIn>;

export const sessionChannels = {
  /** Who may sit at the desk: the sign-in list. */
  'session.users': { input: empty, output: z.array(user) },
  /**
   * Sign in with the login and the password. Wrong passwords slow the next attempts for that
   * login (five free, then a growing wait: `sign_in_delayed`). The command line, run on the
   * machine itself by the IT person, signs in as `--as LOGIN` without one (README).
   */
  'session.signIn': {
    input: z
      .object({
        login: text(64).transform((l) => l.toLowerCase()),
        password: typedPassword.optional(),
      })
      .strict(),
    output: signedIn,
  },
  'session.current': { input: empty, output: signedIn.nullable() },
  'session.setLanguage': { input: z.object({ language: lang }).strict(), output: user },
  /** The clerk leaves the desk (or hands it to the head): the next person signs in. */
  'session.signOut': { input: empty, output: z.object({ signedOut: z.literal(true) }) },
  /** Idle too long, or Ctrl+L: the desk answers nothing but unlock, sign-in and sign-out. */
  'session.lock': { input: empty, output: z.object({ locked: z.literal(true) }) },
  /** The same user's password opens a locked desk, under the same wrong-password waits. */
  'session.unlock': { input: z.object({ password: typedPassword }).strict(), output: signedIn },
  /** The user's own new password; required after an administrator set or reset it. */
  'session.changePassword': {
    input: z.object({ currentPassword: typedPassword, password: newPassword }).strict(),
    output: signedIn,
  },
  /** Someone no longer works at the desk: off the sign-in list, never deleted. */
  'users.deactivate': {
    input: z.object({ userId: id, reason: text(300) }).strict(),
    output: z.object({ userId: id }),
  },
  /** The administrator sets or resets a user's password; the user changes it at the next sign-in. */
  'users.setPassword': {
    input: z.object({ userId: id, password: newPassword }).strict(),
    output: z.object({ userId: id }),
  },
  'users.create': {
    input: z
      .object({
        login: z
          .string()
          .trim()
          .regex(/^[a-z][a-z0-9._-]{1,31}$/, 'login_format'),
        fullName: text(120),
        role,
        language: lang,
        /** The first user's own; for anyone else a first password they change at sign-in. */
        password: newPassword,
      })
      .strict(),
    output: user,
  },
} as const;
