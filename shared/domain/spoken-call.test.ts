import { VOICE_DEFAULTS } from '../standard/office-defaults.ts';
import { kazakhNumeral, phraseWords, russianNumeral, spokenPhrase, spokenTicket } from './spoken-call.ts';

// Worked out by hand, not by the code under test: the ticket as a Kazakh and a Russian speaker
// says it in the waiting room — the series letter's name, then the number as a numeral, the
// zeros that pad it to three digits left unsaid.
const TABLE = [
  { ticket: 'A-001', kk: ['а', 'бір'], ru: ['а', 'один'] },
  { ticket: 'A-015', kk: ['а', 'он', 'бес'], ru: ['а', 'пятнадцать'] },
  { ticket: 'B-120', kk: ['бэ', 'жүз', 'жиырма'], ru: ['бэ', 'сто', 'двадцать'] },
  {
    ticket: 'A-999',
    kk: ['а', 'тоғыз', 'жүз', 'тоқсан', 'тоғыз'],
    ru: ['а', 'девятьсот', 'девяносто', 'девять'],
  },
] as const;

describe('a ticket number said aloud (issue 13)', () => {
  it.each(TABLE)(
    'reads $ticket as numerals in Kazakh and Russian, not digit by digit',
    ({ ticket, kk, ru }) => {
      expect(phraseWords(spokenTicket(ticket, 'kk'))).toEqual(kk);
      expect(phraseWords(spokenTicket(ticket, 'ru'))).toEqual(ru);
    },
  );

  it.each(TABLE)(
    'says the call of $ticket word by word, Kazakh then Russian phrase of Settings',
    ({ ticket, kk, ru }) => {
      const call = VOICE_DEFAULTS.phrases.call;
      expect(phraseWords(spokenPhrase(call.kk, 'kk', { number: ticket, room: '8' }))).toEqual([
        ...kk,
        'нөмірлі',
        'талон',
        'сегіз',
        'нөмірлі',
        'кабинетке',
        'келіңіз',
      ]);
      expect(phraseWords(spokenPhrase(call.ru, 'ru', { number: ticket, room: '8' }))).toEqual([
        'талон',
        ...ru,
        'пройдите',
        'в',
        'кабинет',
        'номер',
        'восемь',
      ]);
    },
  );

  it('says a recall with the same number and room, and the lunch pause and closing as written', () => {
    const p = VOICE_DEFAULTS.phrases;
    expect(spokenPhrase(p.recall.ru, 'ru', { number: 'B-120', room: '8' })).toBe(
      'Повторный вызов: талон бэ сто двадцать, пройдите в кабинет номер восемь.',
    );
    expect(spokenPhrase(p.recall.kk, 'kk', { number: 'B-120', room: '8' })).toBe(
      'Қайта шақырамыз: бэ жүз жиырма нөмірлі талон, сегіз нөмірлі кабинетке келіңіз.',
    );
    expect(spokenPhrase(p.lunch.kk, 'kk', { room: '8' })).toBe(p.lunch.kk);
    expect(spokenPhrase(p.closing.ru, 'ru', { room: '8' })).toBe('Приём на сегодня окончен.');
    // A room number of three digits is a numeral too; "8а" is left for the engine as written.
    expect(spokenPhrase('№ {room}', 'kk', { room: '213' })).toBe('екі жүз он үш нөмірлі');
    expect(spokenPhrase('кабинет {room}', 'ru', { room: '8а' })).toBe('кабинет 8а');
  });

  it('knows the numerals that are not simply composed', () => {
    const pairs: [number, string, string][] = [
      [10, 'он', 'десять'],
      [11, 'он бір', 'одиннадцать'],
      [19, 'он тоғыз', 'девятнадцать'],
      [40, 'қырық', 'сорок'],
      [90, 'тоқсан', 'девяносто'],
      [100, 'жүз', 'сто'],
      [200, 'екі жүз', 'двести'],
      [412, 'төрт жүз он екі', 'четыреста двенадцать'],
      [1000, 'мың', 'одна тысяча'],
      [2001, 'екі мың бір', 'две тысячи один'],
      [5000, 'бес мың', 'пять тысяч'],
      [11_000, 'он бір мың', 'одиннадцать тысяч'],
    ];
    for (const [n, kk, ru] of pairs) {
      expect(kazakhNumeral(n), String(n)).toBe(kk);
      expect(russianNumeral(n), String(n)).toBe(ru);
    }
  });

  it('refuses what is not a ticket number instead of saying something else', () => {
    expect(() => spokenTicket('A-', 'kk')).toThrow(RangeError);
    expect(() => kazakhNumeral(-1)).toThrow(RangeError);
  });
});
