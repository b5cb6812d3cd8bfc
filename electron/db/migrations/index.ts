// Numbered migrations, applied in order, one a file; the number is PRAGMA user_version after it.
// Each is a function of the database (Signal's `updateToSchemaVersionN`), so a step that needs
// code — moving data between columns, filling a new one from an old one — has a place to say
// it, next to its SQL. open.ts runs each in its own transaction.

import type { Db } from '../open.ts';
import { updateToSchemaVersion1 } from './0001-initial.ts';
import { updateToSchemaVersion2 } from './0002-queue.ts';
import { updateToSchemaVersion3 } from './0003-decisions.ts';
import { updateToSchemaVersion4 } from './0004-complaints.ts';
import { updateToSchemaVersion5 } from './0005-user-deactivation.ts';
import { updateToSchemaVersion6 } from './0006-passwords.ts';
import { updateToSchemaVersion7 } from './0007-read-log.ts';
import { updateToSchemaVersion8 } from './0008-report.ts';
import { updateToSchemaVersion9 } from './0009-search-indexes.ts';
import { updateToSchemaVersion10 } from './0010-hours-exceptions.ts';
import { updateToSchemaVersion11 } from './0011-letters.ts';
import { updateToSchemaVersion12 } from './0012-search-words.ts';
import { updateToSchemaVersion13 } from './0013-large-print.ts';
import { updateToSchemaVersion14 } from './0014-search-status.ts';
import { updateToSchemaVersion15 } from './0015-lists-at-scale.ts';

export interface Migration {
  version: number;
  name: string;
  up: (db: Db) => void;
}

export const MIGRATIONS: readonly Migration[] = [
  { version: 1, name: '0001-initial', up: updateToSchemaVersion1 },
  { version: 2, name: '0002-queue', up: updateToSchemaVersion2 },
  { version: 3, name: '0003-decisions', up: updateToSchemaVersion3 },
  { version: 4, name: '0004-complaints', up: updateToSchemaVersion4 },
  { version: 5, name: '0005-user-deactivation', up: updateToSchemaVersion5 },
  { version: 6, name: '0006-passwords', up: updateToSchemaVersion6 },
  { version: 7, name: '0007-read-log', up: updateToSchemaVersion7 },
  { version: 8, name: '0008-report', up: updateToSchemaVersion8 },
  { version: 9, name: '0009-search-indexes', up: updateToSchemaVersion9 },
  { version: 10, name: '0010-hours-exceptions', up: updateToSchemaVersion10 },
  { version: 11, name: '0011-letters', up: updateToSchemaVersion11 },
  { version: 12, name: '0012-search-words', up: updateToSchemaVersion12 },
  { version: 13, name: '0013-large-print', up: updateToSchemaVersion13 },
  { version: 14, name: '0014-search-status', up: updateToSchemaVersion14 },
  { version: 15, name: '0015-lists-at-scale', up: updateToSchemaVersion15 },
];
