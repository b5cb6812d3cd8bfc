// The words every place of the desk uses, in Kazakh and Russian: the common buttons and states,
// the languages, the two categories of the service, sex, the representative's relation to the
// child and the users' roles. On the desk's i18n instance under `common` (place-texts.ts).

import { placeTexts } from './place-texts.ts';

const commonKk = {
  appName: 'Qabyldau',
  loading: 'Жүктелуде…',
  busy: 'Күте тұрыңыз…',
  save: 'Сақтау',
  saved: 'Сақталды',
  cancel: 'Болдырмау',
  close: 'Жабу',
  open: 'Ашу',
  optional: 'міндетті емес',
  none: '—',
  errorTitle: 'Орындалмады',
  languages: { kk: 'ҚАЗ', ru: 'РУС', kkFull: 'Қазақ тілі', ruFull: 'Орыс тілі' },
  category: {
    adult: 'Мүгедек (ересек)',
    child: 'Мүгедек бала (заңды өкілімен)',
  },
  sex: { male: 'ер', female: 'әйел' },
  relation: {
    choose: '— таңдаңыз —',
    mother: 'анасы',
    father: 'әкесі',
    guardian: 'қорғаншысы',
    trustee: 'қамқоршысы',
    other: 'басқа заңды өкілі',
  },
  roles: { clerk: 'маман', head: 'бөлім бастығы', deputy: 'орынбасар', admin: 'әкімші' },
  // §10: a record taken outside the office's hours, with the clerk's reason.
  hours: {
    label: 'Жұмыс уақытынан тыс тіркеу себебі',
    hint: 'Мысалы: қаулы бойынша жұмыс сенбісі; поштамен бұрын келген хат. Себебі жазбамен бірге сақталады, содан кейін әрекетті қайталаңыз.',
    recorded: 'Жұмыс уақытынан тыс тіркелді: {{reason}}',
  },
};

const commonRu = {
  appName: 'Qabyldau',
  loading: 'Загрузка…',
  busy: 'Подождите…',
  save: 'Сохранить',
  saved: 'Сохранено',
  cancel: 'Отмена',
  close: 'Закрыть',
  open: 'Открыть',
  optional: 'необязательно',
  none: '—',
  errorTitle: 'Не выполнено',
  languages: { kk: 'ҚАЗ', ru: 'РУС', kkFull: 'Казахский язык', ruFull: 'Русский язык' },
  category: {
    adult: 'Инвалид (взрослый)',
    child: 'Ребёнок-инвалид (с законным представителем)',
  },
  sex: { male: 'мужской', female: 'женский' },
  relation: {
    choose: '— выберите —',
    mother: 'мать',
    father: 'отец',
    guardian: 'опекун',
    trustee: 'попечитель',
    other: 'иной законный представитель',
  },
  roles: { clerk: 'специалист', head: 'начальник отдела', deputy: 'заместитель', admin: 'администратор' },
  hours: {
    label: 'Причина регистрации вне рабочего времени',
    hint: 'Например: рабочая суббота по постановлению; письмо, пришедшее по почте раньше. Причина сохраняется вместе с записью, затем повторите действие.',
    recorded: 'Зарегистрировано вне рабочего времени: {{reason}}',
  },
};

export const commonTexts = placeTexts('common', commonKk, commonRu);
export const useCommonT = commonTexts.useT;
