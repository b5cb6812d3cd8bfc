// Every word of the notification letter (§5, §16, §17, §21–§22), the postal register, the
// envelopes and the address labels, in Kazakh and Russian. The glyph test (letter.test.ts)
// walks this object against PT Sans. The office's names, addresses and contacts come from the
// settings, the service title and the §17 grounds from the service definition.

import type { Lang } from '../print/texts.ts';

export const LETTER_TEXTS = {
  kk: {
    letter: {
      outNumber: 'Шығыс № {number}',
      date: '{date} ж.',
      regarding: '№ {regNumber} өтінішке',
      sender: 'Жіберуші: {name}, {address}',
      title: 'ХАБАРЛАМА',
      subtitle: 'өтінішті қарау нәтижесі туралы',
      salutation: 'Құрметті {name}!',
      approvedLead:
        'Сіздің {acceptedDate} ж. тапсырған № {regNumber} өтінішіңізді қарау нәтижесінде «{service}» мемлекеттік қызметі бойынша шешім қабылданғанын хабарлаймыз: үйде әлеуметтік қызмет көрсетілетін болады.',
      refusedLead:
        'Сіздің {acceptedDate} ж. тапсырған № {regNumber} өтінішіңізді қарау нәтижесінде «{service}» мемлекеттік қызметін көрсетуден бас тартылғанын хабарлаймыз.',
      child: 'Мүгедек бала',
      decisionApproved: 'ШЕШІМ: ҮЙДЕ ӘЛЕУМЕТТІК ҚЫЗМЕТ КӨРСЕТІЛСІН',
      decisionRefused: 'ШЕШІМ: ҚЫЗМЕТ КӨРСЕТУДЕН БАС ТАРТЫЛДЫ',
      basis: 'Негіздеме',
      basisValue: '{date} ж. № {number} бұйрық',
      term: 'Қызмет көрсету мерзімі (стандарттың 7-тармағы)',
      termValue: '{date} дейін',
      servicesFrom: 'Үйде әлеуметтік қызмет көрсету басталатын күн',
      socialWorker: 'Әлеуметтік қызметкер',
      serviceUnit: 'Бөлімше',
      next: 'Әлеуметтік қызметкер Сізбен хабарласып, алғашқы келу күнін келіседі. Сұрақтар болса, № {room} кабинетке келіңіз немесе {phone} телефоны бойынша хабарласыңыз.',
      ground: 'Бас тарту негізі (стандарттың 17-тармағының {item}) тармақшасы)',
      explanation: 'Түсініктеме',
      complainLead: 'Осы шешімге келіспесеңіз, стандарттың 21-тармағына сәйкес шағым беруге құқылысыз:',
      contact: '{title}: {address}, № {room} кабинет, тел. {phone}, эл. пошта: {email}',
      complainHow:
        'Шағым жазбаша түрде поштамен, электрондық поштамен немесе жұмыс күндері қабылдау бөлмесіне қолма-қол жеткізу арқылы беріледі (22-тармақ). Шағым журналда тіркеліп, Сізге оның қабылданған күні мен уақыты көрсетілген жыртпалы талон беріледі, қарау нәтижесі жазбаша хабарланады (23-тармақ).',
      court: 'Сондай-ақ Сіз азаматтық сот ісін жүргізу тәртібімен сотқа жүгінуге құқылысыз (21-тармақ).',
      executor: 'Орынд.: {name}, тел. {phone}',
      receivedBy: {
        applicant: 'өтініш берушінің өзі',
        representative: 'заңды өкілі',
      },
    },
    post: {
      title: 'ПОШТА ЖӨНЕЛТІЛІМДЕРІНІҢ ТІЗІЛІМІ',
      subtitle: '{date} ж. пошта байланысы бөлімшесіне тапсырылған хаттар',
      number: '№',
      outNumber: 'Шығыс №, күні',
      addressee: 'Алушы',
      address: 'Мекенжайы',
      application: 'Өтініш / шағым №',
      subjectApplication: 'өтініш № {n}',
      subjectComplaint: 'шағым № {n}',
      mark: 'Пошта белгісі',
      total: 'Барлығы: {count} хат',
      handedOver: 'Тапсырған',
      receivedByPost: 'Қабылдаған (пошта қызметкері)',
      stamp: 'Пошта мөрі',
    },
    envelope: {
      from: 'Кімнен',
      to: 'Кімге',
      where: 'Қайда',
      reference: 'Шығ. № {outNumber}, {subject}',
    },
  },
  ru: {
    letter: {
      outNumber: 'Исх. № {number}',
      date: 'от {date}',
      regarding: 'на заявление № {regNumber}',
      sender: 'Отправитель: {name}, {address}',
      title: 'УВЕДОМЛЕНИЕ',
      subtitle: 'о результате рассмотрения заявления',
      salutation: '{dear} {name}!',
      dearFemale: 'Уважаемая',
      dearMale: 'Уважаемый',
      approvedLead:
        'Сообщаем, что по результатам рассмотрения Вашего заявления № {regNumber} от {acceptedDate} по государственной услуге «{service}» принято решение: оказывать социальное обслуживание на дому.',
      refusedLead:
        'Сообщаем, что по результатам рассмотрения Вашего заявления № {regNumber} от {acceptedDate} в оказании государственной услуги «{service}» отказано.',
      child: 'Ребенок-инвалид',
      decisionApproved: 'РЕШЕНИЕ: ОКАЗЫВАТЬ СОЦИАЛЬНОЕ ОБСЛУЖИВАНИЕ НА ДОМУ',
      decisionRefused: 'РЕШЕНИЕ: В ОКАЗАНИИ УСЛУГИ ОТКАЗАНО',
      basis: 'Основание',
      basisValue: 'приказ № {number} от {date}',
      term: 'Срок оказания услуги (пункт 7 стандарта)',
      termValue: 'до {date}',
      servicesFrom: 'Социальное обслуживание на дому начинается',
      socialWorker: 'Социальный работник',
      serviceUnit: 'Отделение',
      next: 'Социальный работник свяжется с Вами и согласует день первого посещения. По вопросам обращайтесь в кабинет № {room} или по телефону {phone}.',
      ground: 'Основание отказа (подпункт {item}) пункта 17 стандарта)',
      explanation: 'Пояснение',
      complainLead:
        'Если Вы не согласны с решением, в соответствии с пунктом 21 стандарта Вы вправе обжаловать его:',
      contact: '{title}: {address}, кабинет № {room}, тел. {phone}, эл. почта: {email}',
      complainHow:
        'Жалоба подается в письменном виде: по почте, по электронной почте или нарочно в приемную в рабочие дни (пункт 22). Жалоба регистрируется в журнале, Вам выдается отрывной талон с датой и временем ее принятия, о результате рассмотрения сообщается в письменном виде (пункт 23).',
      court: 'Вы также вправе обратиться в суд в порядке гражданского судопроизводства (пункт 21).',
      executor: 'Исп.: {name}, тел. {phone}',
      receivedBy: {
        applicant: 'лично заявитель',
        representative: 'законный представитель',
      },
    },
    post: {
      title: 'РЕЕСТР ПОЧТОВЫХ ОТПРАВЛЕНИЙ',
      subtitle: 'письма, сданные в отделение почтовой связи {date}',
      number: '№',
      outNumber: 'Исх. №, дата',
      addressee: 'Адресат',
      address: 'Адрес',
      application: 'Заявление / жалоба №',
      subjectApplication: 'заявление № {n}',
      subjectComplaint: 'жалоба № {n}',
      mark: 'Отметка почты',
      total: 'Всего писем: {count}',
      handedOver: 'Сдал(а)',
      receivedByPost: 'Принял(а) (работник почты)',
      stamp: 'Штемпель почты',
    },
    envelope: {
      from: 'От кого',
      to: 'Кому',
      where: 'Куда',
      reference: 'Исх. № {outNumber}, {subject}',
    },
  },
} as const;

export function letterTexts(lang: Lang) {
  return LETTER_TEXTS[lang];
}
