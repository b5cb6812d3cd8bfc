// Defaults of the office settings, from STANDARD.md §4 (the provider) and §6 (contacts).
// The office edits them in Settings; the standard's text is where they start.

import type { LetterSettings } from '../contract/decisions.ts';
import type { QueueSettings } from '../contract/queue.ts';
import type { OfficeSettings } from '../contract/settings.ts';
import type { VoiceSettings } from '../contract/voice.ts';
import { DEFAULT_TIME_ZONE } from '../domain/time-zone.ts';

const building = {
  kk: 'Солтүстік Қазақстан облысы, Жамбыл ауданы, Пресновка ауылы, Дружба көшесі, 6, бірінші қабат',
  ru: 'Северо-Казахстанская область, Жамбылский район, с. Пресновка, ул. Дружба, 6, первый этаж',
};

/**
 * The walk-in queue's office preferences: "did not come" after 3 calls, and the usual service
 * times the wait estimate starts from until the day has its own (shared/domain/queue.ts).
 */
export const QUEUE_DEFAULTS: QueueSettings = {
  noShowAfterCalls: 3,
  serviceMinutes: { handIn: 15, collect: 5 },
};

/**
 * Notification letters (§5, §16): the outgoing number is the office's own (an index from its
 * nomenclature of files, e.g. "03-12/", then the year's sequence); none is assumed here.
 * Window envelopes (DL) need no addressing of their own.
 */
export const LETTER_DEFAULTS: LetterSettings = {
  outgoingPrefix: '',
  addressing: 'window',
  window: { envelope: 'dl', side: 'left' },
};

/** The office's own oblast and district, prefilled in every address typed at the desk. */
export const OFFICE_AREA_DEFAULTS = {
  oblast: { kk: 'Солтүстік Қазақстан облысы', ru: 'Северо-Казахстанская область' },
  district: { kk: 'Жамбыл ауданы', ru: 'Жамбылский район' },
};

/** §18: ten minutes without input lock the desk — long enough not to interrupt a visitor's file. */
export const SECURITY_DEFAULTS = { idleLockMinutes: 10 };

/**
 * The call, spoken (issue 13): on, in Kazakh then Russian, the words of the waiting-room
 * screen's signs ("А-015 нөмірлі талон, № 8 кабинетке келіңіз" / "Талон А-015, пройдите в
 * кабинет № 8"); the office rewrites them in Settings. `{number}` and `{room}` are read as
 * numerals (shared/domain/spoken-call.ts).
 */
export const VOICE_DEFAULTS: VoiceSettings = {
  enabled: true,
  volume: 90,
  languages: ['kk', 'ru'],
  phrases: {
    call: {
      kk: '{number} нөмірлі талон, № {room} кабинетке келіңіз.',
      ru: 'Талон {number}, пройдите в кабинет № {room}.',
    },
    recall: {
      kk: 'Қайта шақырамыз: {number} нөмірлі талон, № {room} кабинетке келіңіз.',
      ru: 'Повторный вызов: талон {number}, пройдите в кабинет № {room}.',
    },
    lunch: {
      kk: 'Түскі үзіліс. Шақыру үзілістен кейін жалғасады.',
      ru: 'Обеденный перерыв. Вызов продолжится после перерыва.',
    },
    closing: {
      kk: 'Бүгінгі қабылдау аяқталды.',
      ru: 'Приём на сегодня окончен.',
    },
  },
};

export const OFFICE_DEFAULTS: OfficeSettings = {
  office: {
    // §4
    name: {
      kk: '«Жамбыл ауданының жұмыспен қамту және әлеуметтік бағдарламалар бөлімі» ММ',
      ru: 'ГУ «Отдел занятости и социальных программ Жамбылского района»',
    },
    address: building,
    phone: '2-13-38',
    email: 'ro_gambl@mail.online.kz',
    timeZone: DEFAULT_TIME_ZONE,
    area: OFFICE_AREA_DEFAULTS,
  },
  // §6, §21
  contacts: {
    head: {
      title: { kk: 'Бөлім бастығы', ru: 'Начальник отдела' },
      address: building,
      room: '1',
      phone: '2-13-38',
      email: 'ro_gambl@mail.online.kz',
    },
    deputy: {
      title: { kk: 'Бөлім бастығының орынбасары', ru: 'Заместитель начальника отдела' },
      address: building,
      room: '4',
      phone: '2-26-09',
      email: 'ro_gambl@mail.online.kz',
    },
    regional: {
      title: {
        kk: '«Солтүстік Қазақстан облысының жұмыспен қамтуды үйлестіру және әлеуметтік бағдарламалар Департаменті» бастығы',
        ru: 'Начальник «Департамента координации занятости и социальных программ Северо-Казахстанской области»',
      },
      address: { kk: 'Петропавл қаласы, Абай көшесі, 64', ru: 'г. Петропавловск, ул. Абая, 64' },
      room: '213',
      phone: '46-56-48',
      email: 'obl_dep@mail.online.kz',
    },
  },
  printing: { sheetPrinter: '', receiptPrinter: '', talonLayout: 'a6', silent: false },
  documentLanguage: 'kk',
  queue: QUEUE_DEFAULTS,
  letters: LETTER_DEFAULTS,
  security: SECURITY_DEFAULTS,
  voice: VOICE_DEFAULTS,
};
