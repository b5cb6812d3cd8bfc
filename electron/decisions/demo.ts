// The demo month after the talon (§5, §7.1, §16, §17): the clerk passes each file to the head
// the next working day, the head decides one to three working days later (now and then a file
// goes back for correction first, now and then a refusal on a §17 ground), the letter is
// printed the day of the decision and posted the next working day with the day's register, or
// handed over when the person comes. A few are forgotten, so the due list has something
// overdue to show. Every step goes through the handlers with its own clock, in time order, so
// the outgoing numbers and the registers come out as they would at the desk.

import type { ChannelName, Input } from '../../shared/contract/index.ts';
import { STANDARD_2008 } from '../../shared/standard/service-definition.ts';

export interface DemoAccepted {
  applicationId: number;
  /** The working day of acceptance (its index in `workingDays`). */
  dayIndex: number;
  category: 'adult' | 'child';
}

/** Runs one call as `userId` at local `minutes` past midnight of `day`; throws on an error. */
export type DemoStepper = <C extends ChannelName>(
  channel: C,
  input: Input<C>,
  day: string,
  minutes: number,
  userId: number,
) => Promise<unknown>;

interface Planned {
  day: number;
  minutes: number;
  who: 'clerk' | 'head';
  channel: ChannelName;
  input: unknown;
}

/**
 * §17: the head writes the explanation in one language; the letter in the other carries its own
 * text, typed by the clerk when that letter is first printed.
 */
const EXPLANATIONS = [
  {
    kk: 'Мүгедектік туралы анықтама үзіндісінің көшірмесі түпнұсқамен сәйкес келмейді.',
    ru: 'Копия выписки из справки об инвалидности не совпадает с оригиналом.',
  },
  {
    kk: 'Тұрғылықты жерден анықтамадағы мекенжай өтініштегі мекенжайға сәйкес келмейді.',
    ru: 'Адрес в справке с места жительства не совпадает с адресом в заявлении.',
  },
  {
    kk: 'Акттегі материалдық-тұрмыстық жағдайлар тексеру кезінде расталмады.',
    ru: 'Материально-бытовые условия, указанные в акте обследования, при проверке не подтвердились.',
  },
];
const RETURN_REASONS = [
  'Материалдық-тұрмыстық жағдайларды зерттеу актісінде комиссия мүшелерінің қолы жоқ.',
  'Копия выписки из ИПР нечитаема — нужна новая копия.',
];
const WORKERS = ['Сания Бекқызы Омарова', 'Ольга Петровна Шевченко', 'Гүлжан Әбілқызы Төлеуова'];

export async function walkDemoDecisions(
  step: DemoStepper,
  o: {
    accepted: readonly DemoAccepted[];
    workingDays: readonly string[];
    clerkOn: (dayIndex: number) => number;
    headId: number;
    rnd: () => number;
  },
): Promise<{ decided: number; notified: number }> {
  const last = o.workingDays.length - 1;
  const date = (i: number) => o.workingDays[Math.min(i, last)] as string;
  const pick = <T>(list: readonly T[]) => list[Math.floor(o.rnd() * list.length)] as T;
  const plan: Planned[] = [];
  const add = (day: number, minutes: number, who: Planned['who'], channel: ChannelName, input: unknown) => {
    if (day > last) return false;
    plan.push({ day, minutes, who, channel, input });
    return true;
  };
  let order = 140;
  let decided = 0;
  let notified = 0;
  const postDays = new Set<number>();
  for (const a of o.accepted) {
    const at = { applicationId: a.applicationId };
    // One in twenty is left on the desk: it shows up overdue in the due list.
    if (o.rnd() < 0.05) continue;
    let day = a.dayIndex + 1;
    if (!add(day, 9 * 60 + 30, 'clerk', 'decisions.startReview', at)) continue;
    if (o.rnd() < 0.07) {
      const reason = pick(RETURN_REASONS);
      if (!add(day + 1, 11 * 60, 'head', 'decisions.returnForCorrection', { ...at, reason })) continue;
      if (!add(day + 2, 10 * 60, 'clerk', 'decisions.resubmit', at)) continue;
      day += 2;
    }
    const decideDay = day + 1 + Math.floor(o.rnd() * 3);
    const orderNumber = `${order++}-ө`;
    const own: { kk?: string } = {};
    /** The head writes the first and the third explanation in Kazakh, the second in Russian. */
    const explained = () => {
      const i = Math.floor(o.rnd() * EXPLANATIONS.length);
      const e = EXPLANATIONS[i] as (typeof EXPLANATIONS)[number];
      const written = i === 1 ? ('ru' as const) : ('kk' as const);
      if (written === 'ru') own.kk = e.kk;
      return { explanation: e[written], explanationLang: written };
    };
    const decision =
      o.rnd() < 0.12
        ? {
            channel: 'decisions.refuse' as const,
            input: {
              ...at,
              orderNumber,
              orderDate: date(decideDay),
              ground: pick(STANDARD_2008.refusalGrounds).code,
              ...explained(),
            },
          }
        : {
            channel: 'decisions.approve' as const,
            input: {
              ...at,
              orderNumber,
              orderDate: date(decideDay),
              servicesFrom: date(decideDay + 2),
              socialWorker: pick(WORKERS),
            },
          };
    if (!add(decideDay, 15 * 60, 'head', decision.channel, decision.input)) continue;
    decided++;
    // The letter in the office's language (kk): a refusal explained in Russian gets its Kazakh text.
    const ownText = own.kk ? { explanation: own.kk } : {};
    add(decideDay, 16 * 60, 'clerk', 'decisions.printLetter', { ...at, ...ownText });
    const inPerson = o.rnd() < 0.25;
    const notifyDay = decideDay + (inPerson ? 1 + Math.floor(o.rnd() * 3) : 1);
    const recorded = inPerson
      ? add(notifyDay, 11 * 60 + 30, 'clerk', 'decisions.handOver', {
          ...at,
          receivedBy: a.category === 'child' ? 'representative' : 'applicant',
        })
      : add(notifyDay, 10 * 60, 'clerk', 'decisions.markSent', at);
    if (!recorded) continue;
    notified++;
    if (!inPerson) postDays.add(notifyDay);
    if (o.rnd() < 0.5) add(notifyDay + 1, 17 * 60, 'clerk', 'decisions.close', at);
  }
  // The day's postal register, printed when the letters have gone to the post office.
  for (const day of postDays)
    add(day, 10 * 60 + 20, 'clerk', 'decisions.printPostalRegister', { date: date(day) });
  plan.sort((x, y) => x.day - y.day || x.minutes - y.minutes);
  for (const p of plan) {
    const userId = p.who === 'head' ? o.headId : o.clerkOn(p.day);
    await step(p.channel, p.input as Input<ChannelName>, date(p.day), p.minutes, userId);
  }
  return { decided, notified };
}
