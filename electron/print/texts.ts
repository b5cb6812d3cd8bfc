// Every word the printed documents say, in Kazakh and Russian, in one place: the glyph test
// (texts.test.ts) walks this object and fails on any character PT Sans cannot print.
// Placeholders are {name}; fill() replaces them. What the standard itself names (§12 documents,
// the service title) comes from shared/standard/service-definition.ts, and the office's name,
// address and phones from the office settings — never repeated here.

import { documentName } from '../../shared/domain/checklist.ts';
import type { ApplicantCategory, Lang, ServiceDefinition } from '../../shared/standard/service-definition.ts';

export type { Lang };

export const TEXTS = {
  kk: {
    common: {
      copy: 'КӨШІРМЕ / КОПИЯ',
      quoted: '«{text}»',
      none: '—',
      applicant: 'Өтініш беруші',
      child: 'Мүгедек бала',
      representative: 'Заңды өкілі',
      room: '№ {room} кабинет',
      address: 'Мекенжайы: {address}',
      phone: 'Тел.: {phone}',
      email: 'Эл. пошта: {email}',
      sender: 'Жіберуші: {name}, {address}',
      hours: 'Жұмыс уақыты: {days}, {open}–{close}, түскі үзіліс {lunchFrom}–{lunchTo}',
      complaints: 'Шағымдар: {title}, № {room} кабинет, тел. {phone}',
      free: 'Мемлекеттік қызмет тегін көрсетіледі.',
      weekdays: ['дүйсенбі', 'сейсенбі', 'сәрсенбі', 'бейсенбі', 'жұма', 'сенбі', 'жексенбі'],
    },
    talon: {
      title: 'ТАЛОН',
      subtitle: 'құжаттардың қабылданғаны туралы',
      regNumber: 'Тіркеу нөмірі',
      acceptedAt: 'Қабылданған күні мен уақыты',
      term: 'Қызмет көрсету мерзімі: {date} дейін',
      acceptedBy: 'Қабылдаған маман',
      documents: 'Қабылданған құжаттар (стандарттың 12-тармағы):',
      notice:
        'Хабарлама хат поштамен жіберіледі немесе № {room} кабинетте тек өзіңіз келген кезде қолыңызға беріледі.',
      keep: 'Талонды хабарлама хатты алғанға дейін сақтаңыз.',
    },
    missingList: {
      title: 'ЖЕТІСПЕЙТІН ҚҰЖАТТАР ТІЗБЕСІ',
      subtitle: 'Құжаттар топтамасы толық болмағандықтан қабылданбады',
      visitedAt: 'Келген күні мен уақыты',
      clerk: 'Маман',
      missing: 'Мына құжаттар жетіспейді (стандарттың 12-тармағы):',
      originals:
        'Құжаттардың түпнұсқалары көшірмелерімен бірге салыстыру үшін ұсынылады және өзіңізге қайтарылады.',
      comeBack:
        'Толық құжаттар топтамасымен № {room} кабинетке қайта келіңіз. Алдын ала жазылу қажет емес: қабылдау келу кезегі тәртібімен жүргізіледі.',
      forms: 'Өтініш бланкісін № {room} кабинеттен алуға болады.',
    },
    consent: {
      title: 'ДЕРБЕС ДЕРЕКТЕРДІ ЖИНАУҒА ЖӘНЕ ӨҢДЕУГЕ КЕЛІСІМ',
      subtitleChild: '(мүгедек баланың заңды өкілі бала атынан береді)',
      subject: 'Дербес деректер субъектісі',
      childSubject: 'Мүгедек бала – дербес деректер субъектісі',
      representative: 'Заңды өкіл',
      fullName: 'Тегі, аты, әкесінің аты',
      iin: 'ЖСН',
      address: 'Мекенжайы',
      phone: 'Телефоны',
      relation: 'Балаға кім болып келеді',
      authority: 'Өкілеттігін растайтын құжат',
      law: '«Дербес деректер және оларды қорғау туралы» 2013 жылғы 21 мамырдағы № 94-V Қазақстан Республикасы Заңының 7–9-баптарына сәйкес',
      statementAdult:
        'Мен, {name}, {law} төменде көрсетілген Операторға өзімнің дербес деректерімді мына шарттармен жинауға және өңдеуге келісім беремін.',
      statementChild:
        'Мен, {name}, мүгедек баланың заңды өкілі ретінде {law} төменде көрсетілген Операторға бала – {child} атынан оның дербес деректерін, сондай-ақ өзімнің дербес деректерімді мына шарттармен жинауға және өңдеуге келісім беремін.',
      operator: 'Оператор: {name}, {address}, тел. {phone}.',
      purpose: 'Мақсаты: «{service}» мемлекеттік қызметін көрсету.',
      categories:
        'Дербес деректердің құрамы: тегі, аты, әкесінің аты; ЖСН; туған күні; жынысы; тұрғылықты мекенжайы және телефоны; жеке басын куәландыратын құжаттың (бала үшін – туу туралы куәліктің) деректері; мүгедектік туралы мәліметтер; материалдық-тұрмыстық жағдайлар туралы мәліметтер; денсаулық жағдайы туралы медициналық деректер (медициналық карта, оңалтудың жеке бағдарламасы, ПМПК қорытындысы) – қолжетімділігі шектеулі дербес деректер.',
      actions: 'Әрекеттер: жинау, жинақтау, сақтау, өзгерту, толықтыру, пайдалану, иесіздендіру, бұғаттау.',
      storage:
        'Дербес деректер Оператордың Қазақстан Республикасының аумағында орналасқан дерекқорында сақталады (Заңның 12-бабы), Қазақстан Республикасының заңдарында көзделген жағдайларды қоспағанда, үшінші тұлғаларға берілмейді және таратылмайды.',
      withdrawal:
        'Осы келісімді Операторға жазбаша өтініш беру арқылы кері қайтарып алуға құқылымын, бұл Қазақстан Республикасының заңдарына қайшы келетін не орындалмаған міндеттеме бар жағдайларды қоспағанда (Заңның 8-бабы). Келісім кері қайтарып алынғанға дейін қолданылады.',
      rights: 'Дербес деректер субъектісінің Заңның 24-бабында көзделген құқықтары маған түсіндірілді.',
      date: 'Күні',
      signature: 'Қолы',
      clerk: 'Келісімді қабылдаған маман',
      relations: {
        mother: 'анасы',
        father: 'әкесі',
        guardian: 'қорғаншысы',
        trustee: 'қамқоршысы',
        other: 'өзге заңды өкілі',
      },
    },
  },
  ru: {
    common: {
      copy: 'КӨШІРМЕ / КОПИЯ',
      quoted: '«{text}»',
      none: '—',
      applicant: 'Заявитель',
      child: 'Ребенок-инвалид',
      representative: 'Законный представитель',
      room: 'Кабинет № {room}',
      address: 'Адрес: {address}',
      phone: 'Тел.: {phone}',
      email: 'Эл. почта: {email}',
      sender: 'Отправитель: {name}, {address}',
      hours: 'Часы работы: {days}, {open}–{close}, перерыв на обед {lunchFrom}–{lunchTo}',
      complaints: 'Жалобы: {title}, кабинет № {room}, тел. {phone}',
      free: 'Государственная услуга оказывается бесплатно.',
      weekdays: ['понедельник', 'вторник', 'среда', 'четверг', 'пятница', 'суббота', 'воскресенье'],
    },
    talon: {
      title: 'ТАЛОН',
      subtitle: 'о приеме документов',
      regNumber: 'Регистрационный номер',
      acceptedAt: 'Дата и время приема',
      term: 'Срок оказания услуги: до {date}',
      acceptedBy: 'Документы принял(а)',
      documents: 'Приняты документы (пункт 12 стандарта):',
      notice:
        'Уведомление направляется по почте или выдается в кабинете № {room} только при личном обращении.',
      keep: 'Сохраните талон до получения уведомления.',
    },
    missingList: {
      title: 'ПЕРЕЧЕНЬ НЕДОСТАЮЩИХ ДОКУМЕНТОВ',
      subtitle: 'Документы не приняты: пакет документов неполный',
      visitedAt: 'Дата и время обращения',
      clerk: 'Специалист',
      missing: 'Не хватает документов (пункт 12 стандарта):',
      originals: 'Оригиналы документов предъявляются вместе с копиями для сверки и возвращаются вам.',
      comeBack:
        'Приходите снова в кабинет № {room} с полным пакетом документов. Предварительная запись не нужна: прием ведется в порядке живой очереди.',
      forms: 'Бланк заявления можно получить в кабинете № {room}.',
    },
    consent: {
      title: 'СОГЛАСИЕ НА СБОР И ОБРАБОТКУ ПЕРСОНАЛЬНЫХ ДАННЫХ',
      subtitleChild: '(дается законным представителем от имени ребенка-инвалида)',
      subject: 'Субъект персональных данных',
      childSubject: 'Ребенок-инвалид – субъект персональных данных',
      representative: 'Законный представитель',
      fullName: 'Фамилия, имя, отчество',
      iin: 'ИИН',
      address: 'Адрес',
      phone: 'Телефон',
      relation: 'Кем приходится ребенку',
      authority: 'Документ, подтверждающий полномочия',
      law: 'в соответствии со статьями 7–9 Закона Республики Казахстан от 21 мая 2013 года № 94-V «О персональных данных и их защите»',
      statementAdult:
        'Я, {name}, {law} даю указанному ниже Оператору согласие на сбор и обработку моих персональных данных на следующих условиях.',
      statementChild:
        'Я, {name}, являясь законным представителем ребенка-инвалида, {law} даю указанному ниже Оператору согласие от имени ребенка ({child}) на сбор и обработку его персональных данных, а также моих персональных данных на следующих условиях.',
      operator: 'Оператор: {name}, {address}, тел. {phone}.',
      purpose: 'Цель: оказание государственной услуги «{service}».',
      categories:
        'Состав персональных данных: фамилия, имя, отчество; ИИН; дата рождения; пол; адрес места жительства и телефон; данные документа, удостоверяющего личность (для ребенка – свидетельства о рождении); сведения об инвалидности; сведения о материально-бытовых условиях; медицинские данные о состоянии здоровья (медицинская карта, индивидуальная программа реабилитации, заключение ПМПК) – персональные данные ограниченного доступа.',
      actions:
        'Действия: сбор, накопление, хранение, изменение, дополнение, использование, обезличивание, блокирование.',
      storage:
        'Персональные данные хранятся в базе данных Оператора, находящейся на территории Республики Казахстан (статья 12 Закона), и не передаются третьим лицам и не распространяются, за исключением случаев, предусмотренных законами Республики Казахстан.',
      withdrawal:
        'Я вправе отозвать настоящее согласие, подав Оператору письменное заявление, кроме случаев, когда это противоречит законам Республики Казахстан либо при наличии неисполненного обязательства (статья 8 Закона). Согласие действует до его отзыва.',
      rights: 'Права субъекта персональных данных, предусмотренные статьей 24 Закона, мне разъяснены.',
      date: 'Дата',
      signature: 'Подпись',
      clerk: 'Согласие принял(а)',
      relations: {
        mother: 'мать',
        father: 'отец',
        guardian: 'опекун',
        trustee: 'попечитель',
        other: 'иной законный представитель',
      },
    },
  },
} as const;

export type Texts = (typeof TEXTS)[Lang];

/** Replaces each {key} with its value; a key left without a value is a bug, so it throws. */
export function fill(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (_, key: string) => {
    const v = values[key];
    if (v === undefined) throw new Error(`no value for {${key}} in "${template}"`);
    return v;
  });
}

/** §10 — "дүйсенбі–жұма, 09:00–18:00, түскі үзіліс 13:00–14:00" from the service definition. */
export function workingHoursLine(def: ServiceDefinition, lang: Lang): string {
  const t = TEXTS[lang].common;
  const names = [...def.workingHours.days].sort((a, b) => a - b).map((d) => t.weekdays[d - 1] ?? String(d));
  const days = def.workingHours.days;
  const consecutive = days.every((d, i) => i === 0 || d === (days[i - 1] as number) + 1);
  const span = consecutive && names.length > 2 ? `${names[0]}–${names[names.length - 1]}` : names.join(', ');
  const { open, close, lunchFrom, lunchTo } = def.workingHours;
  return fill(t.hours, { days: span, open, close, lunchFrom, lunchTo });
}

/** §12 documents by their codes, in the standard's order, named for the category. */
export function namedDocuments(
  def: ServiceDefinition,
  codes: readonly string[],
  category: ApplicantCategory,
  lang: Lang,
): { item: number; name: string }[] {
  const wanted = new Set(codes);
  const known = def.documents
    .filter((d) => wanted.has(d.code))
    .sort((a, b) => a.item - b.item)
    .map((d) => ({ item: d.item, name: documentName(d, category, lang) }));
  // A code this edition does not know cannot come through intake; should one appear, it is
  // printed as it is rather than silently left off a list the applicant relies on.
  const unknown = codes
    .filter((c) => !def.documents.some((d) => d.code === c))
    .map((c) => ({ item: 0, name: c }));
  return [...known, ...unknown];
}
