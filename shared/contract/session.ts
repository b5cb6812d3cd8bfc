import { z } from 'zod';
import { empty, id, lang, role, text, user } from './common.ts';

export const sessionChannels = {
  /** Who may sit at the desk: the sign-in list. */
  'session.users': { input: empty, output: z.array(user) },
  'session.signIn': { input: z.object({ userId: id }).strict(), output: user },
  'session.current': { input: empty, output: user.nullable() },
  'session.setLanguage': { input: z.object({ language: lang }).strict(), output: user },
  /** The clerk leaves the desk (or hands it to the head): the next person signs in. */
  'session.signOut': { input: empty, output: z.object({ signedOut: z.literal(true) }) },
  /** Someone no longer works at the desk: off the sign-in list, never deleted. */
  'users.deactivate': {
    input: z.object({ userId: id, reason: text(300) }).strict(),
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
      })
      .strict(),
    output: user,
  },
} as const;
