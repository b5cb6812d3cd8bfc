// Every place's texts, each under its own prefix: what the tests check in both languages. The
// desk itself never loads this list — a place's texts come with the place (place-texts.ts).

import { applicationsTexts } from '../applications/texts.ts';
import { auditTexts } from '../audit/texts.ts';
import { complaintsTexts } from '../complaints/texts.ts';
import { decisionsTexts } from '../decisions/texts.ts';
import { intakeTexts } from '../intake/texts.ts';
import { displayTexts, queueTexts } from '../queue/texts.ts';
import { reportsTexts } from '../reports/texts.ts';
import { backupTexts } from '../settings/backup-texts.ts';
import { settingsTexts } from '../settings/texts.ts';
import { usersTexts } from '../settings/users-texts.ts';
import { shellTexts } from '../shell/texts.ts';
import { surveyTexts } from '../survey/texts.ts';
import { commonTexts } from './common-texts.ts';
import { errorsTexts, fieldsTexts, issuesTexts } from './contract-texts.ts';
import type { PlaceTexts } from './place-texts.ts';

export const PLACE_TEXTS: readonly Pick<PlaceTexts<never>, 'prefix' | 'texts' | 'addTo' | 'tIn'>[] = [
  commonTexts,
  shellTexts,
  fieldsTexts,
  issuesTexts,
  errorsTexts,
  intakeTexts,
  applicationsTexts,
  settingsTexts,
  usersTexts,
  decisionsTexts,
  queueTexts,
  displayTexts,
  surveyTexts,
  complaintsTexts,
  auditTexts,
  reportsTexts,
  backupTexts,
];
