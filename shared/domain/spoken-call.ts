// The call, spoken (issue 13): what the waiting-room screen says aloud after its chime, as the
// words the speech engine is given. Numbers are read as Kazakh and Russian numerals, never digit
// by digit ("А-015" is "а он бес" / "а пятнадцать": the zeros that pad a ticket to three digits
// are not said), and the series letter by its name in the alphabet. Plain functions over plain
// data: the screen, the Settings' test button and `desk speak` all read the same words.

export type SpokenLang = 'kk' | 'ru';
export type SpokenEvent = 'call' | 'recall' | 'lunch' | 'closing';
export const SPOKEN_EVENTS: readonly SpokenEvent[] = ['call', 'recall', 'lunch', 'closing'];

const KK_UNITS = ['', 'бір', 'екі', 'үш', 'төрт', 'бес', 'алты', 'жеті', 'сегіз', 'тоғыз'];
const KK_TENS = ['', 'он', 'жиырма', 'отыз', 'қырық', 'елу', 'алпыс', 'жетпіс', 'сексен', 'тоқсан'];

/**
 * A Kazakh cardinal, 0–999 999: the words in order, hundreds as "жүз" (100 is "жүз", not
 * "бір жүз", as it is said), thousands as "мың" likewise. 120 → "жүз жиырма".
 */
export function kazakhNumeral(n: number): string {
  assertCount(n);
  if (n === 0) return 'нөл';
  const words: string[] = [];
  const thousands = Math.floor(n / 1000);
  if (thousands > 0) {
    if (thousands > 1) words.push(kazakhNumeral(thousands));
    words.push('мың');
  }
  const rest = n % 1000;
  const hundreds = Math.floor(rest / 100);
  if (hundreds > 0) {
    if (hundreds > 1) words.push(KK_UNITS[hundreds] as string);
    words.push('жүз');
  }
  const tens = Math.floor((rest % 100) / 10);
  if (tens > 0) words.push(KK_TENS[tens] as string);
  const units = rest % 10;
  if (units > 0) words.push(KK_UNITS[units] as string);
  return words.join(' ');
}

const RU_UNITS = ['', 'один', 'два', 'три', 'четыре', 'пять', 'шесть', 'семь', 'восемь', 'девять'];
const RU_TEENS = [
  'десять',
  'одиннадцать',
  'двенадцать',
  'тринадцать',
  'четырнадцать',
  'пятнадцать',
  'шестнадцать',
  'семнадцать',
  'восемнадцать',
  'девятнадцать',
];
const RU_TENS = [
  '',
  '',
  'двадцать',
  'тридцать',
  'сорок',
  'пятьдесят',
  'шестьдесят',
  'семьдесят',
  'восемьдесят',
  'девяносто',
];
const RU_HUNDREDS = [
  '',
  'сто',
  'двести',
  'триста',
  'четыреста',
  'пятьсот',
  'шестьсот',
  'семьсот',
  'восемьсот',
  'девятьсот',
];

function russianBelowThousand(n: number, feminine: boolean): string[] {
  const words: string[] = [];
  const hundreds = Math.floor(n / 100);
  if (hundreds > 0) words.push(RU_HUNDREDS[hundreds] as string);
  const twoDigits = n % 100;
  if (twoDigits >= 10 && twoDigits < 20) return [...words, RU_TEENS[twoDigits - 10] as string];
  const tens = Math.floor(twoDigits / 10);
  if (tens > 0) words.push(RU_TENS[tens] as string);
  const units = twoDigits % 10;
  if (units > 0)
    words.push(feminine && units <= 2 ? (['одна', 'две'][units - 1] as string) : (RU_UNITS[units] as string));
  return words;
}

/** "тысяча", "тысячи", "тысяч" after 1, 2–4 and the rest (11–14 take "тысяч"). */
function thousandWord(n: number): string {
  const lastTwo = n % 100;
  const last = n % 10;
  if (lastTwo >= 11 && lastTwo <= 14) return 'тысяч';
  if (last === 1) return 'тысяча';
  if (last >= 2 && last <= 4) return 'тысячи';
  return 'тысяч';
}

/**
 * A Russian cardinal, 0–999 999, in the masculine (a ticket's number: "номер один"); thousands
 * agree ("одна тысяча", "две тысячи", "пять тысяч"). 120 → "сто двадцать".
 */
export function russianNumeral(n: number): string {
  assertCount(n);
  if (n === 0) return 'ноль';
  const thousands = Math.floor(n / 1000);
  const words: string[] = [];
  if (thousands > 0) words.push(...russianBelowThousand(thousands, true), thousandWord(thousands));
  words.push(...russianBelowThousand(n % 1000, false));
  return words.join(' ');
}

export function numeral(n: number, lang: SpokenLang): string {
  return lang === 'kk' ? kazakhNumeral(n) : russianNumeral(n);
}

function assertCount(n: number): void {
  if (!Number.isInteger(n) || n < 0 || n > 999_999) throw new RangeError(`not a count 0–999999: ${n}`);
}

/**
 * The names of the letters a ticket series may carry. The queue's series are the Latin A and B
 * (shared/domain/queue.ts PURPOSE_LETTER): each is read as the letter it sounds as — "а", "бэ"
 * — in both languages, as Kazakhstan's service centres call "B-015" ("бэ"), not as the Cyrillic
 * "В" it looks like. Kazakh primers name consonants with a short vowel ("бы"); "бэ" is the name
 * used aloud for series and plates in both languages, and carries further across a room.
 * Cyrillic letters are read by their names likewise, should an office ever use them.
 */
const NAMES_IN_BOTH: Record<string, string> = {
  A: 'а',
  B: 'бэ',
  А: 'а',
  Б: 'бэ',
  В: 'вэ',
  Г: 'гэ',
  Д: 'дэ',
  Е: 'е',
  К: 'ка',
  О: 'о',
  С: 'эс',
  Т: 'тэ',
};
const LETTER_NAMES: Record<SpokenLang, Record<string, string>> = {
  kk: { ...NAMES_IN_BOTH, Ә: 'ә', Қ: 'қа', Ө: 'ө' },
  ru: NAMES_IN_BOTH,
};

/** "A-015" → kk "а он бес", ru "а пятнадцать"; a number with no letter is read as a numeral. */
export function spokenTicket(ticket: string, lang: SpokenLang): string {
  const m = /^\s*([^\d\s-]*)\s*-?\s*(\d+)\s*$/u.exec(ticket);
  if (!m) throw new RangeError(`not a ticket number: ${ticket}`);
  const letters = [...(m[1] as string).toUpperCase()].map((c) => LETTER_NAMES[lang][c] ?? c.toLowerCase());
  return [...letters, numeral(Number.parseInt(m[2] as string, 10), lang)].join(' ');
}

/**
 * The sign "№ 8" said aloud: Kazakh "сегіз нөмірлі" (as "А-015 нөмірлі талон" is), Russian
 * "номер восемь". A room that is not a plain number ("8а") is left as written.
 */
function spokenRoom(room: string, lang: SpokenLang, signed: boolean): string {
  const m = /^\d+$/.exec(room.trim());
  if (!m) return signed ? (lang === 'kk' ? `${room} нөмірлі` : `номер ${room}`) : room;
  const words = numeral(Number.parseInt(room, 10), lang);
  if (!signed) return words;
  return lang === 'kk' ? `${words} нөмірлі` : `номер ${words}`;
}

/**
 * A phrase of Settings with its places filled, in words: `{number}` the ticket, `{room}` the
 * room ("№ {room}" is the sign said aloud). Everything else is said as written.
 */
export function spokenPhrase(
  template: string,
  lang: SpokenLang,
  values: { number?: string; room: string },
): string {
  return template
    .replace(/№\s*\{room\}/gu, () => spokenRoom(values.room, lang, true))
    .replace(/\{room\}/gu, () => spokenRoom(values.room, lang, false))
    .replace(/\{number\}/gu, () => (values.number ? spokenTicket(values.number, lang) : ''))
    .replace(/\s+/gu, ' ')
    .trim();
}

/** The words of a phrase, for comparing with what was worked out by hand (tests, Settings). */
export function phraseWords(phrase: string): string[] {
  return phrase
    .toLowerCase()
    .split(/[\s,.:;!?]+/u)
    .filter((w) => w !== '');
}

/** What the office set (Settings → the call, spoken); the contract's VoiceSettings has this shape. */
export interface SpokenSettings {
  languages: readonly SpokenLang[];
  phrases: Record<SpokenEvent, Record<SpokenLang, string>>;
}

/** The event's phrase in each language of Settings, in their order, in words for the engine. */
export function announcementTexts(
  voice: SpokenSettings,
  event: SpokenEvent,
  values: { number?: string; room: string },
): { lang: SpokenLang; text: string }[] {
  return voice.languages.map((lang) => ({
    lang,
    text: spokenPhrase(voice.phrases[event][lang], lang, values),
  }));
}
