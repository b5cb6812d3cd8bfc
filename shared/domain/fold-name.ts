// How a name is compared in a search: "қасым", "Қасым", "ҚАСЫМ" and the Russian spelling
// "Касым" are one name. A person's name is written in Kazakh on one paper and in Russian on
// another (the identity card has both, a letter from a hospital only the Russian one), and the
// clerk types whichever is in front of her, in whichever keyboard layout is on. So a name is
// lowered (SQLite's lower() knows only ASCII), ё is е, each Kazakh letter becomes the Russian
// letter it is written with in Russian (қ → к, ә → а, і → и, ұ/ү → у…), and the soft and hard
// signs go ("Гульнар" is "Гүлнәр"). The same function folds the stored names (the
// name_folded columns and the application_search index of migration 0012, kept on every write)
// and what the clerk types.

const KAZAKH_TO_RUSSIAN: Readonly<Record<string, string>> = {
  ә: 'а',
  ғ: 'г',
  қ: 'к',
  ң: 'н',
  ө: 'о',
  ұ: 'у',
  ү: 'у',
  һ: 'х',
  і: 'и',
  ё: 'е',
  ь: '',
  ъ: '',
};

export function foldName(s: string): string {
  return s
    .normalize('NFC')
    .toLowerCase()
    .replace(/[әғқңөұүһіёьъ]/g, (c) => KAZAKH_TO_RUSSIAN[c] ?? c)
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * The words a search matches the start of: folded, split at spaces and hyphens, so "Иванова"
 * finds "Петрова-Иванова" and "сергей иванов" finds "Иванов Сергей Петрович".
 */
export function searchWords(s: string): string[] {
  return foldName(s)
    .split(/[\s\-‐–]+/)
    .filter(Boolean);
}

/**
 * The words as the search index keeps them and looks them up (migration 0012): searchWords with
 * every sign that is neither a letter nor a digit taken out ("о'нил" is "онил"), so that the
 * index's tokenizer never splits a word again. A word of signs only is no word.
 */
export function indexWords(s: string): string[] {
  return searchWords(s)
    .map((w) => w.replace(/[^\p{L}\p{N}]/gu, ''))
    .filter(Boolean);
}

/** A person's name as it is kept for search: surname, name, patronymic, folded, its words by one space. */
export function foldedFullName(p: {
  lastName: string;
  firstName: string;
  middleName: string | null;
}): string {
  return searchWords([p.lastName, p.firstName, p.middleName].filter(Boolean).join(' ')).join(' ');
}
