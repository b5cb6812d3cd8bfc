// The complaints' contract paths and codes in Kazakh and Russian (§21–§23), spread into the
// contract's words (i18n/contract-texts.ts) under `fields`, `issues` and `errors`: kept apart from
// the journal's screen texts (texts.ts), since an error may show on any screen and the journal's
// texts come with its place (issue 12). The Russian half has the Kazakh half's type.

export const complaintFieldsKk = {
  received: { _: 'Түскен уақыты', date: 'Түскен күні', time: 'Түскен уақыты (сағ:мин)' },
  channel: 'Түсу тәсілі',
  addressee: 'Адресаты',
  complainant: {
    _: 'Шағымданушы',
    name: 'Шағымданушының аты-жөні',
    iin: 'Шағымданушының ЖСН-і',
    address: 'Пошталық мекенжайы',
    email: 'Электрондық поштасы',
    phone: 'Телефоны',
  },
  applicationId: 'Өтініш нөмірі',
  employee: 'Қызметкер',
  summary: 'Шағымның қысқаша мазмұны',
  justified: 'Шағым негізді ме',
  satisfied: 'Қанағаттандырылды ма',
  actionTaken: 'Қабылданған шаралар',
  answerText: 'Жауап мәтіні',
  answerDate: 'Жауап күні',
  answerChannel: 'Жауап тәсілі',
  outgoingNumber: 'Шығыс нөмірі',
  dispatchDate: 'Жіберілген күні',
  dispatchAddress: 'Жіберілген мекенжайы',
  courtDate: 'Сотқа жүгінген күні',
  courtNote: 'Сот туралы белгі',
  reviewTermDays: 'Қарау мерзімі (жұмыс күндері)',
  from: 'Кезеңнің басы',
  to: 'Кезеңнің соңы',
  contentBase64: 'Файл',
};

export const complaintIssuesKk = {
  answer_contact_required: '{{field}}: жауап жіберу үшін пошталық мекенжай немесе эл. пошта керек',
  email_required_for_email: '{{field}}: шағым эл. поштамен келді — мекенжайын жазыңыз',
  email_format: '{{field}}: эл. пошта мекенжайы дұрыс емес',
  time_format: '{{field}}: уақытты СС:ММ түрінде жазыңыз, мысалы 09:30',
  received_in_future: '{{field}}: болашақ уақыт болмайды',
  satisfied_only_when_justified: '{{field}}: тек негізді шағым қанағаттандырылады',
  satisfied_required: '{{field}}: негізді шағымның қанағаттандырылғанын не қанағаттандырылмағанын белгілеңіз',
  action_required: '{{field}}: негізді шағым бойынша не істелгенін жазыңыз',
  answer_date_out_of_range: '{{field}}: шағым түскен күннен бүгінге дейінгі күн болуы керек',
  sent_date_out_of_range: '{{field}}: жауап күнінен бүгінге дейінгі күн болуы керек',
  court_date_out_of_range: '{{field}}: шағым түскен күннен бүгінге дейінгі күн болуы керек',
  no_postal_address: '{{field}}: шағымданушының пошталық мекенжайы жоқ',
  no_email_address: '{{field}}: шағымданушының эл. поштасы жоқ',
  outgoing_number_required: '{{field}}: поштамен жіберілетін хаттың шығыс нөмірі керек',
  attachment_too_large: '{{field}}: файл 20 МБ-тан үлкен',
  attachment_encoding: '{{field}}: файл бүлінген күйде жіберілді, қайталаңыз',
  period_order: '{{field}}: кезеңнің соңы басынан ерте',
  application_unknown: '{{field}}: мұндай нөмірлі өтініш табылмады',
};

export const complaintErrorsKk = {
  complaint_cancelled: '№ {{journalNumber}} шағым жойылған — бұл әрекет жасалмайды',
  outcome_missing: '№ {{journalNumber}} шағымның қарау нәтижесі әлі енгізілмеген',
  outcome_recorded: '№ {{journalNumber}} шағым қаралды — жазбаны жоюға болмайды',
  answer_sent: '№ {{journalNumber}} шағымға жауап жіберілген — өзгертуге болмайды',
  attachment_rejected: 'Файл қабылданбады',
  attachment_rejected_type:
    '«{{name}}»: мұндай файл қабылданбайды (.{{extension}}). Рұқсат етілгені: PDF, JPG, PNG, TIFF, DOC, DOCX, ODT, TXT',
  attachment_rejected_content: '«{{name}}»: файлдың мазмұны оның түріне (.{{extension}}) сәйкес емес',
  attachment_rejected_empty: '«{{name}}»: файл бос',
  attachment_rejected_too_large: '«{{name}}»: файл 20 МБ-тан үлкен',
  attachment_damaged: 'Файл өзгерген немесе жоқ (бақылау сомасы сәйкес емес) — әкімшіге хабарлаңыз',
  already_withdrawn: '«{{fileName}}» файлы бұрын алынып тасталған',
};

export const complaintFieldsRu: typeof complaintFieldsKk = {
  received: { _: 'Время поступления', date: 'Дата поступления', time: 'Время поступления (чч:мм)' },
  channel: 'Способ поступления',
  addressee: 'Адресат',
  complainant: {
    _: 'Заявитель',
    name: 'ФИО заявителя',
    iin: 'ИИН заявителя',
    address: 'Почтовый адрес',
    email: 'Электронная почта',
    phone: 'Телефон',
  },
  applicationId: 'Номер заявления',
  employee: 'Сотрудник',
  summary: 'Краткое содержание жалобы',
  justified: 'Обоснованность',
  satisfied: 'Удовлетворена ли',
  actionTaken: 'Принятые меры',
  answerText: 'Текст ответа',
  answerDate: 'Дата ответа',
  answerChannel: 'Способ ответа',
  outgoingNumber: 'Исходящий номер',
  dispatchDate: 'Дата отправки',
  dispatchAddress: 'Адрес отправки',
  courtDate: 'Дата обращения в суд',
  courtNote: 'Отметка о суде',
  reviewTermDays: 'Срок рассмотрения (рабочих дней)',
  from: 'Начало периода',
  to: 'Конец периода',
  contentBase64: 'Файл',
};

export const complaintIssuesRu: typeof complaintIssuesKk = {
  answer_contact_required: '{{field}}: чтобы направить ответ, нужен почтовый адрес или эл. почта',
  email_required_for_email: '{{field}}: жалоба пришла по эл. почте — укажите адрес',
  email_format: '{{field}}: неверный адрес эл. почты',
  time_format: '{{field}}: время в виде ЧЧ:ММ, например 09:30',
  received_in_future: '{{field}}: время не может быть в будущем',
  satisfied_only_when_justified: '{{field}}: удовлетворить можно только обоснованную жалобу',
  satisfied_required: '{{field}}: отметьте, удовлетворена ли обоснованная жалоба',
  action_required: '{{field}}: укажите, что сделано по обоснованной жалобе',
  answer_date_out_of_range: '{{field}}: дата от дня поступления жалобы до сегодня',
  sent_date_out_of_range: '{{field}}: дата от дня ответа до сегодня',
  court_date_out_of_range: '{{field}}: дата от дня поступления жалобы до сегодня',
  no_postal_address: '{{field}}: у заявителя нет почтового адреса',
  no_email_address: '{{field}}: у заявителя нет адреса эл. почты',
  outgoing_number_required: '{{field}}: у письма, отправляемого почтой, должен быть исходящий номер',
  attachment_too_large: '{{field}}: файл больше 20 МБ',
  attachment_encoding: '{{field}}: файл передан повреждённым, повторите',
  period_order: '{{field}}: конец периода раньше начала',
  application_unknown: '{{field}}: заявление с таким номером не найдено',
};

export const complaintErrorsRu: typeof complaintErrorsKk = {
  complaint_cancelled: 'Жалоба № {{journalNumber}} аннулирована — действие невозможно',
  outcome_missing: 'Результат рассмотрения жалобы № {{journalNumber}} ещё не внесён',
  outcome_recorded: 'Жалоба № {{journalNumber}} рассмотрена — аннулировать запись нельзя',
  answer_sent: 'Ответ на жалобу № {{journalNumber}} уже отправлен — изменить нельзя',
  attachment_rejected: 'Файл не принят',
  attachment_rejected_type:
    '«{{name}}»: такие файлы не принимаются (.{{extension}}). Допустимы: PDF, JPG, PNG, TIFF, DOC, DOCX, ODT, TXT',
  attachment_rejected_content: '«{{name}}»: содержимое файла не соответствует его типу (.{{extension}})',
  attachment_rejected_empty: '«{{name}}»: файл пустой',
  attachment_rejected_too_large: '«{{name}}»: файл больше 20 МБ',
  attachment_damaged:
    'Файл изменён или отсутствует (контрольная сумма не совпадает) — сообщите администратору',
  already_withdrawn: 'Файл «{{fileName}}» уже изъят',
};

/** The contract's issue messages this place adds, for the list of known issues (i18n/errors.ts). */
export const COMPLAINT_ISSUES = Object.keys(complaintIssuesKk) as (keyof typeof complaintIssuesKk)[];
