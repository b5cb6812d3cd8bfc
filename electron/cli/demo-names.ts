// The names, villages and streets of the demo office's people (Kazakh and Russian families of
// the district), shared by the demo month (demo-data.ts) and the bulk history (generate.ts).

export type Sex = 'male' | 'female';
export type Lang = 'kk' | 'ru';

export interface NamePool {
  /** [male, female] forms of a family name. */
  surnames: readonly (readonly [string, string])[];
  male: readonly string[];
  female: readonly string[];
  fathers: readonly string[];
  villages: readonly string[];
  streets: readonly string[];
}

export const NAMES: Record<Lang, NamePool> = {
  kk: {
    surnames: [
      ['Қасымов', 'Қасымова'],
      ['Нұрланов', 'Нұрланова'],
      ['Әбдірахманов', 'Әбдірахманова'],
      ['Сейітов', 'Сейітова'],
      ['Жұмабаев', 'Жұмабаева'],
      ['Төлеуов', 'Төлеуова'],
      ['Оспанов', 'Оспанова'],
      ['Өмірбеков', 'Өмірбекова'],
      ['Ғабдуллин', 'Ғабдуллина'],
      ['Құрманғалиев', 'Құрманғалиева'],
    ],
    male: ['Ерлан', 'Нұрлан', 'Бауыржан', 'Қайрат', 'Серік', 'Ғалым', 'Мұрат', 'Дәурен', 'Ұлан', 'Әлихан'],
    female: ['Гүлнәр', 'Айгүл', 'Сәуле', 'Меруерт', 'Жанар', 'Әсел', 'Динара', 'Ботагөз', 'Іңкәр', 'Үміт'],
    fathers: ['Әбіл', 'Серік', 'Қайрат', 'Болат', 'Нұрлан', 'Һади', 'Ерғали', 'Жұмаш'],
    villages: ['Пресновка ауылы', 'Благовещенка ауылы', 'Мирное ауылы', 'Троицкое ауылы', 'Казанка ауылы'],
    streets: ['Достық көшесі', 'Абай көшесі', 'Шұғыла көшесі', 'Тәуелсіздік көшесі', 'Бейбітшілік көшесі'],
  },
  ru: {
    surnames: [
      ['Иванов', 'Иванова'],
      ['Петренко', 'Петренко'],
      ['Ким', 'Ким'],
      ['Шевченко', 'Шевченко'],
      ['Кузнецов', 'Кузнецова'],
      ['Попов', 'Попова'],
      ['Смирнов', 'Смирнова'],
      ['Волков', 'Волкова'],
      ['Бондаренко', 'Бондаренко'],
      ['Мельников', 'Мельникова'],
    ],
    male: [
      'Сергей',
      'Андрей',
      'Владимир',
      'Николай',
      'Александр',
      'Виктор',
      'Юрий',
      'Михаил',
      'Денис',
      'Артём',
    ],
    female: [
      'Светлана',
      'Наталья',
      'Ольга',
      'Татьяна',
      'Людмила',
      'Елена',
      'Галина',
      'Ирина',
      'Анна',
      'Мария',
    ],
    fathers: ['Пётр', 'Иван', 'Виктор', 'Николай', 'Сергей', 'Александр', 'Юрий', 'Михаил'],
    villages: ['с. Пресновка', 'с. Благовещенка', 'с. Мирное', 'с. Троицкое', 'с. Казанка'],
    streets: ['ул. Дружба', 'ул. Мира', 'ул. Школьная', 'ул. Целинная', 'ул. Садовая'],
  },
};

export function patronymic(lang: Lang, father: string, sex: Sex): string {
  if (lang === 'kk') return `${father}${sex === 'male' ? 'ұлы' : 'қызы'}`;
  const stem: Record<string, string> = {
    Пётр: 'Петров',
    Иван: 'Иванов',
    Виктор: 'Викторов',
    Николай: 'Николаев',
    Сергей: 'Сергеев',
    Александр: 'Александров',
    Юрий: 'Юрьев',
    Михаил: 'Михайлов',
  };
  return `${stem[father] ?? father}${sex === 'male' ? 'ич' : 'на'}`;
}

/** mulberry32: small, seeded, the same sequence on every machine. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Seeded choices: one of a list, a number in a range, a birth date, a person of the district. */
export abstract class Picker {
  readonly rnd: () => number;
  constructor(rnd: () => number) {
    this.rnd = rnd;
  }

  pick<T>(list: readonly T[]): T {
    return list[Math.floor(this.rnd() * list.length)] as T;
  }

  int(from: number, to: number): number {
    return from + Math.floor(this.rnd() * (to - from + 1));
  }

  birthDate(fromYear: number, toYear: number): string {
    const y = this.int(fromYear, toYear);
    const m = this.int(1, 12);
    const d = this.int(1, 28);
    return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
  }

  /** A valid IIN for the birth date and sex, never repeated in the run. */
  abstract iin(birth: string, sex: Sex): string;

  phone(): string {
    const n = () => String(this.int(0, 99)).padStart(2, '0');
    return `+7 ${this.pick(['701', '702', '705', '707', '747', '777'])} ${this.int(100, 999)} ${n()} ${n()}`;
  }

  address(lang: Lang): string {
    const l = NAMES[lang];
    return `${this.pick(l.villages)}, ${this.pick(l.streets)}, ${this.int(1, 60)}`;
  }

  person(lang: Lang, sex: Sex, birth: string, surname: readonly [string, string], address: string) {
    const l = NAMES[lang];
    return {
      iin: this.iin(birth, sex),
      lastName: sex === 'male' ? surname[0] : surname[1],
      firstName: this.pick(sex === 'male' ? l.male : l.female),
      middleName: patronymic(lang, this.pick(l.fathers), sex),
      address,
      phone: this.rnd() < 0.85 ? this.phone() : null,
    };
  }
}
