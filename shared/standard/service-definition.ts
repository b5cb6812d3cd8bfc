// The state service standard as data: every rule of ../shared/standard/STANDARD.md that the
// program enforces lives here, once, with its §. Code and tests cite the § and read the value
// from here; nothing of it is repeated elsewhere. A new edition of the standard is a new entry
// with its own `effectiveFrom`, so an application is always judged by the rules in force on the
// day it was accepted.

export type Lang = 'kk' | 'ru';
export type Localized = Record<Lang, string>;

export type ApplicantCategory = 'adult' | 'child';
/** §12 reading: items 1–7 for everyone, item 8 for adults, item 9 for children. */
export type AppliesTo = 'all' | ApplicantCategory;

export interface DocumentRequirement {
  /** Stable code stored in the database; never renumber. */
  code: string;
  /** The item of §12 (1–9). */
  item: number;
  appliesTo: AppliesTo;
  /** For a disabled child the identity document is the birth certificate (§12.2). */
  name: Localized;
  nameForChild?: Localized;
}

export type TermUnit = 'calendar' | 'working';

export interface RefusalGround {
  code: string;
  /** §17 sub-item. */
  item: number;
  text: Localized;
}

export interface Indicator {
  code: string;
  text: Localized;
  /** The seed value of the appendix: normative, and target until §20 working groups set one. */
  norm: number;
}

export interface ServiceDefinition {
  version: string;
  effectiveFrom: string; // YYYY-MM-DD
  title: Localized;
  /** §7.1 — the term of the service; unit and length are data, read as calendar days. */
  term: { length: number; unit: TermUnit };
  /** §7.2, §7.3 — longest acceptable wait in the queue, minutes. */
  queueLimitMinutes: { handIn: number; collect: number };
  /** Appendix, indicator 1.2 — the share who waited in the queue no more than this many minutes. */
  queueIndicatorWaitMinutes: number;
  /** §10 — Monday..Friday, local time of the office. */
  workingHours: { days: number[]; open: string; close: string; lunchFrom: string; lunchTo: string };
  /** §10 — reception in order of the queue. */
  preRegistration: false;
  expeditedService: false;
  /** §8 */
  free: true;
  /** §12 */
  documents: DocumentRequirement[];
  /** §17 — the only grounds for refusal. */
  refusalGrounds: RefusalGround[];
  /** §13, §14 — where forms are handed out and packages handed in. */
  receptionRoom: string;
  /** Appendix, §19–20. */
  indicators: Indicator[];
  /** §21–§23 — the complaint journal. */
  complaints: ComplaintRules;
}

export interface ComplaintRules {
  /**
   * The default term for reviewing a complaint and answering it in writing (§23). The office
   * may change it in Settings; each complaint keeps the term it was registered with.
   */
  reviewTerm: { length: number; unit: TermUnit };
}

const doc = (
  code: string,
  item: number,
  appliesTo: AppliesTo,
  kk: string,
  ru: string,
  forChild?: Localized,
): DocumentRequirement => ({
  code,
  item,
  appliesTo,
  name: { kk, ru },
  ...(forChild ? { nameForChild: forChild } : {}),
});

/** Resolution No. 352 of 26.12.2007 (registered 25.01.2008 No. 13-7-70). */
export const STANDARD_2008: ServiceDefinition = {
  version: '2008-352',
  effectiveFrom: '2008-01-25',
  title: {
    kk: 'Күтімге және басқа адамның көмегіне мұқтаж мүгедектерге, оның ішінде мүгедек балаларға үйде әлеуметтік көмек көрсету үшін құжаттарды ресімдеу',
    ru: 'Оформление документов на социальное обслуживание на дому инвалидов, в том числе детей-инвалидов, нуждающихся в постороннем уходе и помощи',
  },
  term: { length: 10, unit: 'calendar' },
  queueLimitMinutes: { handIn: 20, collect: 20 },
  queueIndicatorWaitMinutes: 40,
  workingHours: {
    days: [1, 2, 3, 4, 5],
    open: '09:00',
    close: '18:00',
    lunchFrom: '13:00',
    lunchTo: '14:00',
  },
  preRegistration: false,
  expeditedService: false,
  free: true,
  documents: [
    doc('application', 1, 'all', 'Белгіленген нысандағы өтініш', 'Заявление установленного образца'),
    doc(
      'identity',
      2,
      'all',
      'Жеке басын куәландыратын құжаттың көшірмесі',
      'Копия документа, удостоверяющего личность',
      { kk: 'Туу туралы куәліктің көшірмесі', ru: 'Копия свидетельства о рождении' },
    ),
    doc('residence', 3, 'all', 'Тұрғылықты жерден анықтама', 'Справка с места жительства'),
    doc('medical_card', 4, 'all', 'Медициналық карта', 'Медицинская карта'),
    doc(
      'living_conditions_act',
      5,
      'all',
      'Материалдық-тұрмыстық жағдайларды зерттеу актісі',
      'Акт обследования материально-бытовых условий',
    ),
    doc(
      'disability_status',
      6,
      'all',
      'Мүгедек мәртебесін растайтын куәлік',
      'Удостоверение, подтверждающее статус инвалида',
    ),
    doc(
      'disability_extract',
      7,
      'all',
      'Мүгедектік туралы анықтама үзіндісінің көшірмесі',
      'Копия выписки из справки об инвалидности',
    ),
    doc(
      'rehabilitation_programme',
      8,
      'adult',
      'Оңалтудың жеке бағдарламасынан үзінді көшірмесі',
      'Копия выписки из индивидуальной программы реабилитации',
    ),
    doc(
      'pmpk_conclusion',
      9,
      'child',
      'Психологиялық-медициналық-педагогикалық консультацияның (ПМПК) қорытындысы',
      'Заключение психолого-медико-педагогической консультации (ПМПК)',
    ),
  ],
  refusalGrounds: [
    {
      code: 'untrue_information',
      item: 1,
      text: {
        kk: 'Өтініш беруші ұсынған мәліметтердің дұрыс болмауы',
        ru: 'Недостоверность сведений, представленных заявителем',
      },
    },
    {
      code: 'unreliable_documents',
      item: 2,
      text: { kk: 'Құжаттардың дәйексіздігі', ru: 'Недостоверность документов' },
    },
  ],
  receptionRoom: '8',
  complaints: {
    // The standard itself states no term for a complaint (§21–§23 say where it goes, how it
    // is accepted and that the answer is written). 15 working days is what the complaint
    // journal issue asks for, after the Law of RK "On the procedure for considering appeals of
    // individuals and legal entities"; counted from the day after receipt under the office
    // calendar. A setting, not a rule of the standard: the office edits it in Settings.
    reviewTerm: { length: 15, unit: 'working' },
  },
  indicators: [
    ind(
      '1.1',
      98,
      'Құжаттарды тапсырған сәттен бастап белгіленген мерзімде көрсетілген қызметтер үлесі',
      'Доля случаев предоставления услуги в установленный срок с момента сдачи документов',
    ),
    ind(
      '1.2',
      85,
      'Кезекте 40 минуттан аспай күткен тұтынушылар үлесі',
      'Доля потребителей, ожидавших в очереди не более 40 минут',
    ),
    ind(
      '2.1',
      85,
      'Қызмет көрсету процесінің сапасына қанағаттанған тұтынушылар үлесі',
      'Доля потребителей, удовлетворенных качеством процесса предоставления услуги',
    ),
    ind(
      '2.2',
      99,
      'Лауазымды тұлғалар құжаттарды дұрыс ресімдеген жағдайлар үлесі',
      'Доля случаев правильно оформленных должностным лицом документов',
    ),
    ind(
      '3.1',
      88,
      'Қызмет көрсету тәртібі туралы ақпаратқа қанағаттанған тұтынушылар үлесі',
      'Доля потребителей, удовлетворенных информацией о порядке предоставления услуги',
    ),
    ind(
      '3.2',
      77,
      'Бірінші келгенде дұрыс толтырылып қабылданған құжаттар үлесі',
      'Доля случаев правильно заполненных документов, принятых с первого раза',
    ),
    ind(
      '3.3',
      47,
      'Интернет арқылы қолжетімді қызмет туралы ақпарат үлесі',
      'Доля информации об услуге, доступной через Интернет',
    ),
    ind(
      '4.1',
      0.4,
      'Қызмет көрсетілген тұтынушылардың жалпы санына негізделген шағымдар үлесі',
      'Доля обоснованных жалоб к общему количеству обслуженных потребителей',
    ),
    ind(
      '4.2',
      99,
      'Белгіленген мерзімде қаралып, қанағаттандырылған негізделген шағымдар үлесі',
      'Доля обоснованных жалоб, рассмотренных и удовлетворенных в установленный срок',
    ),
    ind(
      '4.3',
      90,
      'Шағымдану тәртібіне қанағаттанған тұтынушылар үлесі',
      'Доля потребителей, удовлетворенных существующим порядком обжалования',
    ),
    ind(
      '4.4',
      90,
      'Шағымдану мерзімдеріне қанағаттанған тұтынушылар үлесі',
      'Доля потребителей, удовлетворенных сроками обжалования',
    ),
    ind(
      '5.1',
      89,
      'Қызметкерлердің сыпайылығына қанағаттанған тұтынушылар үлесі',
      'Доля потребителей, удовлетворенных вежливостью персонала',
    ),
  ],
};

function ind(code: string, norm: number, kk: string, ru: string): Indicator {
  return { code, norm, text: { kk, ru } };
}

/** Every edition the program knows, oldest first. */
export const SERVICE_DEFINITIONS: readonly ServiceDefinition[] = [STANDARD_2008];

/** The edition in force on a local date (YYYY-MM-DD). */
export function definitionFor(date: string): ServiceDefinition {
  let found: ServiceDefinition | undefined;
  for (const d of SERVICE_DEFINITIONS) if (d.effectiveFrom <= date) found = d;
  // Before the first edition nothing was in force; the earliest one is the closest reading.
  return found ?? (SERVICE_DEFINITIONS[0] as ServiceDefinition);
}

export function definitionByVersion(version: string): ServiceDefinition | undefined {
  return SERVICE_DEFINITIONS.find((d) => d.version === version);
}
