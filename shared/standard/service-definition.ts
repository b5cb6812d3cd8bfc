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

/** Where an indicator's current value comes from (Appendix, "computed from"). */
export type IndicatorSource = 'records' | 'survey' | 'entered';

export interface Indicator {
  code: string;
  text: Localized;
  /** The seed value of the appendix: normative, and target until §20 working groups set one. */
  norm: number;
  /** How the program reads the appendix's "computed from", in words, for the report's table. */
  formula: Localized;
  /**
   * Which way is good: every indicator is a share to reach, except 4.1 (justified complaints of
   * all served, norm 0.4 %), which is a ceiling.
   */
  better: 'higher' | 'lower';
  source: IndicatorSource;
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

// The survey indicators (2.1, 3.1, 4.3, 4.4, 5.1) on the five-point scale: "satisfied" is an answer
// of 4 or 5. The model standard's methodology counts the "satisfied" and "rather satisfied"
// answers of its questionnaire as satisfied; on a 1–5 scale those are the two top marks, and 3
// ("neither") is not satisfaction (shared/domain/report/survey.ts holds the rule).
const SATISFIED = {
  formulaKk: '4 немесе 5 деп бағалаған жауаптар / сауалнаманың осы сұрағына берілген барлық жауаптар',
  formulaRu: 'Ответы с оценкой 4 или 5 / все ответы на этот вопрос анкеты',
};

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
    ind('1.1', 98, 'records', {
      kk: 'Құжаттарды тапсырған сәттен бастап белгіленген мерзімде көрсетілген қызметтер үлесі',
      ru: 'Доля случаев предоставления услуги в установленный срок с момента сдачи документов',
      formulaKk:
        'Шешімі де, хабарламасы да §7.1 мерзімінде болған өтініштер / мерзімі кезеңде аяқталған өтініштер',
      formulaRu:
        'Заявления, по которым и решение, и уведомление уложились в срок §7.1 / заявления со сроком, истёкшим в периоде',
    }),
    ind('1.2', 85, 'records', {
      kk: 'Кезекте 40 минуттан аспай күткен тұтынушылар үлесі',
      ru: 'Доля потребителей, ожидавших в очереди не более 40 минут',
      formulaKk: 'Шақырылу − талон берілу ≤ 40 нақты минут болған талондар / күтуі аяқталған талондар',
      formulaRu: 'Талоны, у которых вызов − выдача ≤ 40 фактических минут / талоны с завершённым ожиданием',
    }),
    ind('2.1', 85, 'survey', {
      kk: 'Қызмет көрсету процесінің сапасына қанағаттанған тұтынушылар үлесі',
      ru: 'Доля потребителей, удовлетворенных качеством процесса предоставления услуги',
      ...SATISFIED,
    }),
    ind('2.2', 99, 'records', {
      kk: 'Лауазымды тұлғалар құжаттарды дұрыс ресімдеген жағдайлар үлесі',
      ru: 'Доля случаев правильно оформленных должностным лицом документов',
      formulaKk: 'Түзетуге қайтарылмаған өтініштер / кезеңде шешім шығарылған өтініштер',
      formulaRu: 'Заявления без возврата на исправление / заявления, решённые в периоде',
    }),
    ind('3.1', 88, 'survey', {
      kk: 'Қызмет көрсету тәртібі туралы ақпаратқа қанағаттанған тұтынушылар үлесі',
      ru: 'Доля потребителей, удовлетворенных информацией о порядке предоставления услуги',
      ...SATISFIED,
    }),
    ind('3.2', 77, 'records', {
      kk: 'Бірінші келгенде дұрыс толтырылып қабылданған құжаттар үлесі',
      ru: 'Доля случаев правильно заполненных документов, принятых с первого раза',
      formulaKk: 'Бірінші келгенде қабылданған пакеттер / кезеңдегі бірінші келулер',
      formulaRu: 'Пакеты, принятые с первого визита / первые визиты периода',
    }),
    ind('3.3', 47, 'entered', {
      kk: 'Интернет арқылы қолжетімді қызмет туралы ақпарат үлесі',
      ru: 'Доля информации об услуге, доступной через Интернет',
      formulaKk: 'Интернетте жарияланған ақпарат бөліктері / барлық бөліктер (басшы енгізеді, дереккөзімен)',
      formulaRu:
        'Опубликованные в Интернете части информации / все части (вносит руководитель, с источником)',
    }),
    ind(
      '4.1',
      0.4,
      'records',
      {
        kk: 'Қызмет көрсетілген тұтынушылардың жалпы санына негізделген шағымдар үлесі',
        ru: 'Доля обоснованных жалоб к общему количеству обслуженных потребителей',
        formulaKk: 'Кезеңде жауап берілген негізделген шағымдар / кезеңде қабылданған өтініштер',
        formulaRu: 'Обоснованные жалобы с ответом в периоде / заявления, принятые в периоде',
      },
      'lower',
    ),
    ind('4.2', 99, 'records', {
      kk: 'Белгіленген мерзімде қаралып, қанағаттандырылған негізделген шағымдар үлесі',
      ru: 'Доля обоснованных жалоб, рассмотренных и удовлетворенных в установленный срок',
      formulaKk:
        'Мерзімінде жауап берілген қанағаттандырылған негізделген шағымдар / кезеңде жауап берілген негізделген шағымдар',
      formulaRu:
        'Обоснованные жалобы, удовлетворённые с ответом в срок / обоснованные жалобы с ответом в периоде',
    }),
    ind('4.3', 90, 'survey', {
      kk: 'Шағымдану тәртібіне қанағаттанған тұтынушылар үлесі',
      ru: 'Доля потребителей, удовлетворенных существующим порядком обжалования',
      ...SATISFIED,
    }),
    ind('4.4', 90, 'survey', {
      kk: 'Шағымдану мерзімдеріне қанағаттанған тұтынушылар үлесі',
      ru: 'Доля потребителей, удовлетворенных сроками обжалования',
      ...SATISFIED,
    }),
    ind('5.1', 89, 'survey', {
      kk: 'Қызметкерлердің сыпайылығына қанағаттанған тұтынушылар үлесі',
      ru: 'Доля потребителей, удовлетворенных вежливостью персонала',
      ...SATISFIED,
    }),
  ],
};

function ind(
  code: string,
  norm: number,
  source: IndicatorSource,
  t: { kk: string; ru: string; formulaKk: string; formulaRu: string },
  better: Indicator['better'] = 'higher',
): Indicator {
  return {
    code,
    norm,
    source,
    better,
    text: { kk: t.kk, ru: t.ru },
    formula: { kk: t.formulaKk, ru: t.formulaRu },
  };
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
