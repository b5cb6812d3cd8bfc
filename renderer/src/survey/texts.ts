// The survey kiosk's own words, kk and ru (the questions and the scale are the standard's data:
// shared/domain/report/survey-wording.ts, the same words as the printed form).

import { placeTexts } from '../i18n/place-texts.ts';

const surveyKk = {
  title: 'Қызмет сапасын бағалаңыз',
  intro: 'Сауалнама жасырын: аты-жөніңіз сұралмайды. Талондағы кодты енгізіңіз немесе сканерлеңіз.',
  codeLabel: 'Келу коды (талонда немесе кезек талонында)',
  start: 'Бастау',
  question: '{{n}}-сұрақ, барлығы {{of}}',
  back: 'Басына',
  thanks: 'Рақмет!',
  thanksLine: 'Жауабыңыз жазылды. Бұл бет бірнеше секундтан соң басына оралады.',
  codeUnknown: 'Код танылмады — талондағы кодты тексеріңіз',
  allAnswered: 'Бұл келу бойынша сауалнамаға жауап берілген. Рақмет!',
  offline: 'Бағдарламамен байланыс жоқ — кейінірек қайталаңыз',
  languages: 'Тіл',
  listen: 'Тыңдау',
  stopListening: 'Тоқтату',
  readAll: 'Барлық сұрақты дауыстап оқу',
  answers: 'Жауап нұсқалары',
  paper: {
    title: 'Қағаз сауалнаманы енгізу',
    code: 'Сауалнамадағы код',
    check: 'Сұрақтарды ашу',
    save: 'Жауаптарды сақтау',
    saved: 'Сақталды: {{count}} жауап',
    openKiosk: 'Сауалнама киоскісін ашу (екінші экранда)',
    print: '{{number}} келушісіне қағаз сауалнаманы басып шығару',
  },
};

const surveyRu: typeof surveyKk = {
  title: 'Оцените качество услуги',
  intro: 'Анкета анонимна: имя не спрашивается. Введите или отсканируйте код с талона.',
  codeLabel: 'Код визита (на талоне или талоне очереди)',
  start: 'Начать',
  question: 'Вопрос {{n}} из {{of}}',
  back: 'В начало',
  thanks: 'Спасибо!',
  thanksLine: 'Ваш ответ записан. Через несколько секунд страница вернётся в начало.',
  codeUnknown: 'Код не распознан — проверьте код на талоне',
  allAnswered: 'По этому визиту на анкету уже ответили. Спасибо!',
  offline: 'Нет связи с программой — повторите позже',
  languages: 'Язык',
  listen: 'Прослушать',
  stopListening: 'Остановить',
  readAll: 'Читать все вопросы вслух',
  answers: 'Варианты ответа',
  paper: {
    title: 'Ввод бумажной анкеты',
    code: 'Код на анкете',
    check: 'Открыть вопросы',
    save: 'Сохранить ответы',
    saved: 'Сохранено ответов: {{count}}',
    openKiosk: 'Открыть киоск анкеты (на втором экране)',
    print: 'Печать бумажной анкеты для посетителя {{number}}',
  },
};

export const surveyTexts = placeTexts('survey', surveyKk, surveyRu);
export type SurveyTp = ReturnType<typeof surveyTexts.tIn>;
