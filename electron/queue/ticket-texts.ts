// Every word of the queue ticket in Kazakh and Russian (the ticket carries both: a visitor takes
// it before anyone asks which language they read). Placeholders are {name}, filled by fill()
// of texts.ts; ticket.test.ts checks every character against PT Sans like glyphs.test.ts does.

import type { Lang } from '../print/texts.ts';

export const TICKET_TEXTS: Record<
  Lang,
  {
    title: string;
    purpose: { hand_in: string; collect: string };
    issuedAt: string;
    ahead: string;
    estimate: string;
    soon: string;
    estimateNote: string;
    afterClosing: string;
    lunch: string;
    watch: string;
    limit: string;
    order: string;
  }
> = {
  kk: {
    title: 'КЕЗЕК ТАЛОНЫ',
    purpose: { hand_in: 'Құжаттарды тапсыру', collect: 'Нәтижені алу' },
    issuedAt: 'Берілген уақыты: {time}',
    ahead: 'Алдыңызда: {count} адам',
    estimate: 'Күту шамамен {minutes} мин (шақыру шамамен {time})',
    soon: 'Жақын арада шақырыласыз',
    estimateNote: 'Болжам ғана: нақты уақыт алдыңғы келушілерге байланысты.',
    afterClosing: 'Бүгін жұмыс уақыты біткенше кезегіңіз жетпеуі мүмкін.',
    lunch: 'Түскі үзіліс {from}–{to}: шақыру {to} бастап жалғасады.',
    watch: 'Нөміріңіз экранда шыққанда № {room} кабинетке кіріңіз.',
    limit: 'Кезекте күтудің ең ұзақ уақыты — {minutes} минут (стандарттың 7-тармағы).',
    order:
      'Қабылдау келу кезегі тәртібімен, алдын ала жазылусыз және кезексіз қызмет көрсетусіз (10-тармақ).',
  },
  ru: {
    title: 'ТАЛОН ОЧЕРЕДИ',
    purpose: { hand_in: 'Сдача документов', collect: 'Получение результата' },
    issuedAt: 'Время выдачи: {time}',
    ahead: 'Перед вами: {count} чел.',
    estimate: 'Ожидание около {minutes} мин (вызов около {time})',
    soon: 'Вас вызовут в ближайшее время',
    estimateNote: 'Это оценка: точное время зависит от посетителей перед вами.',
    afterClosing: 'До конца рабочего дня очередь может до вас не дойти.',
    lunch: 'Обеденный перерыв {from}–{to}: вызов продолжится с {to}.',
    watch: 'Когда ваш номер появится на экране, пройдите в кабинет № {room}.',
    limit: 'Наибольшее время ожидания в очереди — {minutes} минут (пункт 7 стандарта).',
    order:
      'Приём в порядке живой очереди, без предварительной записи и внеочередного обслуживания (пункт 10).',
  },
};
