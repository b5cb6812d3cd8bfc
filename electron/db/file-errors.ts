// What goes wrong with the database file itself, said so that the person at the desk (or the
// office's IT person at the command line) knows which file and what to do. A door that cannot
// show a translated screen yet — the start-up dialog, the terminal — prints all three languages;
// the renderer gets an error code instead (the handlers turn these into DomainErrors).

/** Kazakh, Russian and English, one line each: what start-up and the command line print. */
export function threeLanguages(kk: string, ru: string, en: string): string {
  return [kk, ru, en].join('\n');
}

const RESTORE_KK =
  'Соңғы сақтық көшірмеден қалпына келтіріңіз: npm run desk -- restore --from <көшірме файлы>';
const RESTORE_RU = 'Восстановите последнюю резервную копию: npm run desk -- restore --from <файл копии>';
const RESTORE_EN = 'Restore the latest backup: npm run desk -- restore --from <backup file>';

export class DatabaseTooNewError extends Error {
  constructor(found: number, known: number) {
    super(
      threeLanguages(
        `Дерекқорды Qabyldau-дың жаңа нұсқасы жазған (схема ${found}; бұл бағдарлама ${known} біледі). Жаңа нұсқаны орнатыңыз.`,
        `База данных записана более новой версией Qabyldau (схема ${found}; эта программа знает ${known}). Установите новую версию.`,
        `The database was written by a newer Qabyldau (schema ${found}; this program knows ${known}). ` +
          'Install the newer version: an older program must not write into it.',
      ),
    );
    this.name = 'DatabaseTooNewError';
  }
}

/** The live file failed its check: its pages or its indexes (a lookup would miss a record). */
export class DatabaseDamagedError extends Error {
  readonly file: string;
  readonly report: string;
  constructor(file: string, report: string) {
    super(
      threeLanguages(
        `Дерекқор файлы зақымдалған: ${file} (${report}). ${RESTORE_KK}`,
        `Файл базы данных повреждён: ${file} (${report}). ${RESTORE_RU}`,
        `The database ${file} failed its integrity check (${report}). ${RESTORE_EN}`,
      ),
    );
    this.name = 'DatabaseDamagedError';
    this.file = file;
    this.report = report;
  }
}

/** SQLite's "file is not a database": an overwritten, truncated or foreign file. */
export class DatabaseUnreadableError extends Error {
  readonly file: string;
  constructor(file: string) {
    super(
      threeLanguages(
        `${file} файлы Qabyldau дерекқоры емес (зақымдалған немесе басқа файл). ${RESTORE_KK}; немесе басқа --data-dir көрсетіңіз.`,
        `Файл ${file} не является базой данных Qabyldau (повреждён или это другой файл). ${RESTORE_RU}; или укажите другой --data-dir.`,
        `${file} is not a Qabyldau database (it is damaged or another kind of file). ${RESTORE_EN}; or start with another --data-dir.`,
      ),
    );
    this.name = 'DatabaseUnreadableError';
    this.file = file;
  }
}

/** Another program (a second window, the browser mode, a command) still has the file open. */
export class DatabaseInUseError extends Error {
  readonly file: string;
  constructor(file: string) {
    super(
      threeLanguages(
        `${file} дерекқорын басқа бағдарлама ашып отыр. Qabyldau терезелерін және браузер режимін жауып, қайталаңыз.`,
        `База данных ${file} открыта другой программой. Закройте окна Qabyldau и режим браузера и повторите.`,
        `Another program has ${file} open. Close the Qabyldau windows and the browser mode, then try again.`,
      ),
    );
    this.name = 'DatabaseInUseError';
    this.file = file;
  }
}

export type BackupProblem = 'not_found' | 'not_a_database' | 'damaged' | 'too_new' | 'not_qabyldau';

const PROBLEM_TEXT: Record<BackupProblem, [string, string, string]> = {
  not_found: ['файл табылмады', 'файл не найден', 'the file is not there'],
  not_a_database: ['бұл дерекқор файлы емес', 'это не файл базы данных', 'it is not a database file'],
  damaged: ['көшірме зақымдалған', 'копия повреждена', 'the copy is damaged'],
  too_new: [
    'көшірмені бағдарламаның жаңа нұсқасы жасаған',
    'копия сделана более новой версией программы',
    'a newer version of the program made it',
  ],
  not_qabyldau: ['бұл Qabyldau көшірмесі емес', 'это не копия Qabyldau', 'it is not a Qabyldau backup'],
};

/** A file offered for a restore that is no good backup; nothing was changed. */
export class BackupRejectedError extends Error {
  readonly file: string;
  readonly problem: BackupProblem;
  constructor(file: string, problem: BackupProblem) {
    const [kk, ru, en] = PROBLEM_TEXT[problem];
    super(
      threeLanguages(
        `${file} көшірмесінен қалпына келтіру мүмкін емес: ${kk}. Басқа көшірмені таңдаңыз; ештеңе өзгерген жоқ.`,
        `Восстановить из ${file} нельзя: ${ru}. Выберите другую копию; ничего не изменено.`,
        `Cannot restore from ${file}: ${en}. Choose another backup; nothing was changed.`,
      ),
    );
    this.name = 'BackupRejectedError';
    this.file = file;
    this.problem = problem;
  }
}
