// Numbered migrations, applied in order; the number is PRAGMA user_version after it.
import * as m0001 from './0001-initial.ts';
import * as m0002 from './0002-queue.ts';
import * as m0003 from './0003-decisions.ts';
import * as m0004 from './0004-complaints.ts';
import * as m0005 from './0005-user-deactivation.ts';

export interface Migration {
  version: number;
  name: string;
  up: string;
  seed?: string;
}

export const MIGRATIONS: readonly Migration[] = [
  { version: 1, name: '0001-initial', ...m0001 },
  { version: 2, name: '0002-queue', ...m0002 },
  { version: 3, name: '0003-decisions', ...m0003 },
  { version: 4, name: '0004-complaints', ...m0004 },
  { version: 5, name: '0005-user-deactivation', ...m0005 },
];
