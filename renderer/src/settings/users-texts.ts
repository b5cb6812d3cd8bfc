// Texts of Settings → Users and of the header's "change user" button, in Kazakh and Russian,
// on the desk's i18n instance under `users` (i18n/place-texts.ts). Roles and languages are the
// common words' (i18n/common-texts.ts: roles, languages), named once.

import { placeTexts } from '../i18n/place-texts.ts';

const usersKk = {
  changeUser: 'Пайдаланушыны ауыстыру',
  title: 'Пайдаланушылар',
  explain:
    'Бағдарламада жұмыс істейтіндер. Жұмыстан кеткен адам өшірілмейді: тізімнен шығарылады, оның әрекеттері журналда қалады.',
  columns: { fullName: 'Аты-жөні', login: 'Логин', role: 'Рөлі', language: 'Тілі', action: 'Әрекет' },
  you: 'сіз',
  add: 'Пайдаланушы қосу',
  role: 'Рөлі',
  created: '{{fullName}} қосылды',
  deactivate: 'Тізімнен шығару',
  deactivateWhy: '{{fullName}}: тізімнен шығару себебі',
  confirmDeactivate: 'Тізімнен шығаруды растау',
  deactivated: '{{fullName}} тізімнен шығарылды',
  setPassword: 'Құпиясөз қою',
  setPasswordFor: '{{fullName}}: жаңа құпиясөз',
  confirmSetPassword: 'Құпиясөзді сақтау',
  passwordSet: '{{fullName}}: құпиясөз қойылды — келесі кіргенде өз құпиясөзін таңдайды',
  firstPassword: 'Алғашқы құпиясөз',
  firstPasswordHint: 'Қызметкерге айтыңыз: бірінші кіргенде ол өз құпиясөзін таңдайды',
} as const;

const usersRu = {
  changeUser: 'Сменить пользователя',
  title: 'Пользователи',
  explain:
    'Кто работает в программе. Ушедший сотрудник не удаляется: он убирается из списка, его действия остаются в журнале.',
  columns: { fullName: 'ФИО', login: 'Логин', role: 'Роль', language: 'Язык', action: 'Действие' },
  you: 'вы',
  add: 'Добавить пользователя',
  role: 'Роль',
  created: 'Добавлен(а): {{fullName}}',
  deactivate: 'Убрать из списка',
  deactivateWhy: '{{fullName}}: причина, по которой убирается из списка',
  confirmDeactivate: 'Подтвердить: убрать из списка',
  deactivated: 'Убран(а) из списка: {{fullName}}',
  setPassword: 'Задать пароль',
  setPasswordFor: '{{fullName}}: новый пароль',
  confirmSetPassword: 'Сохранить пароль',
  passwordSet: '{{fullName}}: пароль задан — при следующем входе сотрудник выберет свой',
  firstPassword: 'Первый пароль',
  firstPasswordHint: 'Сообщите сотруднику: при первом входе он выберет свой пароль',
} as const;

export const usersTexts = placeTexts('users', usersKk, usersRu);
export const useUsersT = usersTexts.useT;
