// The shell's words in Kazakh and Russian: the header, the navigation with every place's name
// (places.tsx), the first start and the sign-in. On the desk's i18n instance under `shell`.

import { placeTexts } from '../i18n/place-texts.ts';

const shellKk = {
  navigation: 'Бөлімдер',
  soon: 'жақында',
  soonHint: 'Бұл бөлім келесі нұсқаларда қосылады',
  clerk: 'Қызметкер',
  interfaceLanguage: 'Интерфейс тілі',
  room: '№ 8 кабинет',
  places: {
    intake: 'Қабылдау',
    applications: 'Өтініштер',
    queue: 'Кезек',
    complaints: 'Шағымдар',
    reports: 'Есептер',
    decisions: 'Шешімдер',
    settings: 'Баптаулар',
    audit: 'Әрекеттер журналы',
  },
  firstStart: {
    title: 'Бірінші іске қосу',
    explain:
      'Бағдарламада әлі пайдаланушы жоқ. Бірінші пайдаланушыны тіркеңіз — ол бағдарламаның әкімшісі болады.',
    loginHint: 'кіші латын әріптері, мысалы: a.nurlanova',
    submit: 'Тіркеу және кіру',
  },
  signIn: {
    title: 'Кім жұмыс істейді?',
    hint: 'Атыңызды таңдаңыз',
  },
};

const shellRu = {
  navigation: 'Разделы',
  soon: 'скоро',
  soonHint: 'Этот раздел появится в следующих версиях',
  clerk: 'Сотрудник',
  interfaceLanguage: 'Язык интерфейса',
  room: 'Кабинет № 8',
  places: {
    intake: 'Приём',
    applications: 'Заявления',
    queue: 'Очередь',
    complaints: 'Жалобы',
    reports: 'Отчёты',
    decisions: 'Решения',
    settings: 'Настройки',
    audit: 'Журнал действий',
  },
  firstStart: {
    title: 'Первый запуск',
    explain:
      'В программе ещё нет пользователей. Создайте первого пользователя — он станет администратором программы.',
    loginHint: 'строчные латинские буквы, например: a.nurlanova',
    submit: 'Создать и войти',
  },
  signIn: {
    title: 'Кто работает за столом?',
    hint: 'Выберите своё имя',
  },
};

export const shellTexts = placeTexts('shell', shellKk, shellRu);
export const useShellT = shellTexts.useT;
