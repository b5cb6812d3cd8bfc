// Whether a name written by someone else names a user of the desk. A complaint names people as
// free text (the complainant, and "the employee the complaint is about, as the complainant names
// them", §21), so the user's full name is compared word by word: the words may come in any order
// ("Нұрланова Айгерім" for "Айгерім Сапарқызы Нұрланова"), a word may be an initial ("Нұрланова А."),
// and case, ё/е and punctuation do not matter. It errs towards "names you": a head wrongly asked
// to leave a complaint to the deputy costs a minute; one who decides on a complaint about
// themselves costs the office the complainant's trust (§18, §21).

const words = (s: string): string[] =>
  s
    .normalize('NFC')
    .toLocaleLowerCase('ru')
    .replaceAll('ё', 'е')
    .split(/[^\p{L}]+/u)
    .filter(Boolean);

export function namesPerson(written: string | null, fullName: string): boolean {
  if (!written) return false;
  const theirs = words(fullName);
  const said = words(written);
  const full = said.filter((w) => w.length > 1);
  const initials = said.filter((w) => w.length === 1);
  if (full.length === 0) return false;
  return full.every((w) => theirs.includes(w)) && initials.every((i) => theirs.some((w) => w.startsWith(i)));
}
