// The settings' words in Kazakh and Russian: the office, printing, letters and the office's
// working calendar. On the desk's i18n instance under `settings` (i18n/place-texts.ts); the
// users' texts are users-texts.ts.

import { placeTexts } from '../i18n/place-texts.ts';

const settingsKk = {
  title: 'Баптаулар',
  office: 'Мекеме (стандарттың 4, 6-тармақтары)',
  printing: 'Басып шығару',
  layouts: { a6: 'A6 парақ', a5: 'A5 парақ', receipt80: '80 мм чек таспасы' },
  printerHint: 'Бос қалдырсаңыз — басқан сайын сұралады',
  letters: 'Хабарлама хаттар (5, 16-тармақтар)',
  addressing: {
    window: 'Терезелі конверт — мекенжай хаттың өзінде',
    labels: 'Мекенжай жапсырмалары (A4, 2 × 7)',
    envelopes: 'DL конвертіне басу',
  },
  envelopes: { dl: 'DL (110 × 220 мм)', c5_6: 'C6/5 (114 × 229 мм)' },
  windowSides: { left: 'сол жақта', right: 'оң жақта' },
  prefixHint: 'Мысалы: 03-12/ — сонда шығыс нөмірі 03-12/145; реттік нөмір жыл сайын 1-ден басталады',
  saved: 'Баптаулар сақталды',
  security: 'Экран құлпы (§18)',
  onlyAdminOrHead: 'Бұл баптауларды әкімші немесе бөлім бастығы өзгертеді',
  securityHint:
    'Көрсетілген уақыт ішінде пернетақта мен тінтуір қолданылмаса, экран құлыпталады; Ctrl+L оны бірден құлыптайды. Мекеменің баптауларын әкімші немесе бөлім бастығы өзгертеді.',
  calendar: 'Мекеменің жұмыс күнтізбесі',
  calendarExplain:
    'Мерекелер заң бойынша есептеледі. Үкімет демалыс күндерін ауыстырғанда, осында түзету енгізіңіз — талондағы мерзім соған қарай есептеледі (§7).',
  daysOff: 'Демалыс және мереке күндері',
  workingWeekendDays: 'Жұмыс күні болып жарияланған демалыс күндері',
  corrections: 'Түзетулер',
  noCorrections: 'Түзетулер жоқ',
  noDays: 'Жоқ',
  sources: { library: 'заң бойынша', office: 'мекеме түзетуі' },
  kinds: { day_off: 'Демалыс күні', working_day: 'Жұмыс күні' },
  addCorrection: 'Түзету қосу',
  correctionAdded: 'Түзету сақталды',
  remove: 'Алып тастау',
  removeWhy: '{{date}} түзетуін алып тастау себебі',
  confirmRemove: 'Алып тастауды растау',
  correctionRemoved: 'Түзету алынып тасталды',
};

const settingsRu = {
  title: 'Настройки',
  office: 'Учреждение (пункты 4, 6 стандарта)',
  printing: 'Печать',
  layouts: { a6: 'Лист A6', a5: 'Лист A5', receipt80: 'Чековая лента 80 мм' },
  printerHint: 'Если пусто — спрашивать при каждой печати',
  letters: 'Уведомления (пункты 5, 16)',
  addressing: {
    window: 'Конверт с окном — адрес на самом письме',
    labels: 'Адресные наклейки (A4, 2 × 7)',
    envelopes: 'Печать на конверте DL',
  },
  envelopes: { dl: 'DL (110 × 220 мм)', c5_6: 'C6/5 (114 × 229 мм)' },
  windowSides: { left: 'слева', right: 'справа' },
  prefixHint: 'Например: 03-12/ — тогда исходящий номер 03-12/145; порядковый номер каждый год с 1',
  saved: 'Настройки сохранены',
  security: 'Блокировка экрана (§18)',
  onlyAdminOrHead: 'Эти настройки меняет администратор или начальник отдела',
  securityHint:
    'Если за это время не нажата ни одна клавиша и не сдвинута мышь, экран блокируется; Ctrl+L блокирует его сразу. Настройки учреждения меняет администратор или начальник отдела.',
  calendar: 'Рабочий календарь учреждения',
  calendarExplain:
    'Праздники считаются по закону. Когда Правительство переносит выходные дни, внесите здесь поправку — по ней считается срок в талоне (§7).',
  daysOff: 'Выходные и праздничные дни',
  workingWeekendDays: 'Выходные дни, объявленные рабочими',
  corrections: 'Поправки',
  noCorrections: 'Поправок нет',
  noDays: 'Нет',
  sources: { library: 'по закону', office: 'поправка учреждения' },
  kinds: { day_off: 'Выходной день', working_day: 'Рабочий день' },
  addCorrection: 'Добавить поправку',
  correctionAdded: 'Поправка сохранена',
  remove: 'Снять',
  removeWhy: 'Причина снятия поправки на {{date}}',
  confirmRemove: 'Подтвердить снятие',
  correctionRemoved: 'Поправка снята',
};

export const settingsTexts = placeTexts('settings', settingsKk, settingsRu);
export const useSettingsT = settingsTexts.useT;
