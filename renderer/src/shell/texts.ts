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
    hint: 'Немесе атыңызды таңдап, құпиясөзді теріңіз',
    submit: 'Кіру',
  },
  passwordHint: 'кемінде 8 таңба, логинмен бірдей емес',
  changePassword: {
    title: 'Өз құпиясөзіңізді таңдаңыз',
    explain:
      '{{fullName}}, құпиясөзіңізді әкімші қойды. Жұмысты бастау үшін тек өзіңіз білетін жаңа құпиясөз таңдаңыз.',
    submit: 'Құпиясөзді ауыстыру',
  },
  lock: {
    title: 'Экран құлыпталған',
    explain: 'Ашылған жұмыс сақталған. Жалғастыру үшін құпиясөзіңізді теріңіз.',
    unlock: 'Ашу',
    changeUser: 'Пайдаланушыны ауыстыру',
    lockNow: 'Құлыптау',
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
    hint: 'Или выберите своё имя и введите пароль',
    submit: 'Войти',
  },
  passwordHint: 'не меньше 8 знаков, не совпадает с логином',
  changePassword: {
    title: 'Выберите свой пароль',
    explain:
      '{{fullName}}, ваш пароль задал администратор. Чтобы начать работу, выберите новый пароль, который знаете только вы.',
    submit: 'Сменить пароль',
  },
  lock: {
    title: 'Экран заблокирован',
    explain: 'Начатая работа сохранена. Чтобы продолжить, введите свой пароль.',
    unlock: 'Разблокировать',
    changeUser: 'Сменить пользователя',
    lockNow: 'Заблокировать',
  },
};

export const shellTexts = placeTexts('shell', shellKk, shellRu);
export const useShellT = shellTexts.useT;
