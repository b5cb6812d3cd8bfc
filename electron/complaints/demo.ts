// The demo month's complaint journal (§21–§23), for training: a complaint by post answered by
// post (justified and satisfied; the letter goes to the day's postal register), one by e-mail
// found unjustified and answered by e-mail, one by courier still under review, and one left
// past its term so that the head's screen shows what an overdue complaint looks like. Every
// step goes through the handlers with its own clock, in time order, as at the desk.

import type { ChannelName, Input } from '../../shared/contract/index.ts';
import type { DemoStepper } from '../decisions/demo.ts';

interface Plan {
  day: number;
  minutes: number;
  who: 'clerk' | 'head';
  channel: ChannelName;
  input: (ids: number[]) => unknown;
}

export async function walkDemoComplaints(
  step: DemoStepper,
  o: {
    workingDays: readonly string[];
    clerkOn: (dayIndex: number) => number;
    headId: number;
    /** An application of the month the first complaint is about, when there is one. */
    applicationId: number | null;
  },
): Promise<{ complaints: number }> {
  const days = o.workingDays;
  if (days.length < 12) return { complaints: 0 };
  const at = (i: number) => days[Math.min(i, days.length - 1)] as string;
  const ids: number[] = [];
  const register = (input: Input<'complaints.register'>) => () => input;
  const plan: Plan[] = [
    {
      day: 1,
      minutes: 11 * 60 + 40,
      who: 'clerk',
      channel: 'complaints.register',
      input: register({
        channel: 'post',
        addressee: 'head',
        received: { date: at(1), time: '11:10' },
        complainant: {
          name: 'Сейітова Айман Қайратқызы',
          address: 'Пресновка ауылы, Мира көшесі, 21',
          phone: '+7 705 214 33 10',
        },
        language: 'kk',
        applicationId: o.applicationId,
        employee: 'Қабылдау маманы',
        summary:
          'Құжаттарымды тапсырғанда маман талонды бірден бермеді, келесі күні келуді сұрады. Талонды сол күні алуымды сұраймын.',
      }),
    },
    {
      day: 3,
      minutes: 10 * 60,
      who: 'clerk',
      channel: 'complaints.register',
      input: register({
        channel: 'email',
        addressee: 'deputy',
        received: { date: at(3), time: '09:35' },
        complainant: { name: 'Петренко Ольга Ивановна', email: 'o.petrenko@example.kz' },
        language: 'ru',
        summary: 'Жалуюсь на долгое ожидание в очереди: ждала приёма более часа.',
      }),
    },
    {
      day: 4,
      minutes: 15 * 60,
      who: 'head',
      channel: 'complaints.recordOutcome',
      input: (x) => ({
        id: x[0],
        justified: true,
        satisfied: true,
        actionTaken: 'Маманға ескерту жасалды; талон қабылдау күні берілетіні қайта түсіндірілді.',
        answerText:
          'Сіздің шағымыңыз қаралды. Талон құжаттар қабылданған күні берілуі тиіс (стандарттың 15-тармағы). Маманға ескерту жасалды.',
        answerChannel: 'post',
        outgoingNumber: '03-12/201',
      }),
    },
    {
      day: 5,
      minutes: 11 * 60,
      who: 'clerk',
      channel: 'complaints.recordDispatch',
      input: (x) => ({ id: x[0] }),
    },
    {
      day: 6,
      minutes: 16 * 60,
      who: 'head',
      channel: 'complaints.recordOutcome',
      input: (x) => ({
        id: x[1],
        justified: false,
        answerText:
          'Ваша жалоба рассмотрена. По данным журнала очереди время ожидания составило 18 минут, что не превышает срок, установленный стандартом (пункт 7).',
        answerChannel: 'email',
      }),
    },
    {
      day: 7,
      minutes: 10 * 60,
      who: 'clerk',
      channel: 'complaints.recordDispatch',
      input: (x) => ({ id: x[1] }),
    },
    // Left past its term: nobody answered it.
    {
      day: 0,
      minutes: 14 * 60 + 30,
      who: 'clerk',
      channel: 'complaints.register',
      input: register({
        channel: 'post',
        addressee: 'head',
        received: { date: at(0), time: '14:05' },
        complainant: { name: 'Ахметов Серік Болатұлы', address: 'Кайранколь ауылы, Орталық көшесі, 5' },
        language: 'kk',
        summary: 'Хабарлама хат уақытында келмеді.',
      }),
    },
    {
      day: days.length - 2,
      minutes: 12 * 60,
      who: 'clerk',
      channel: 'complaints.register',
      input: register({
        channel: 'courier',
        addressee: 'regional',
        received: { date: at(days.length - 2), time: '11:50' },
        complainant: { name: 'Жұмабекова Сәуле Маратқызы', address: 'Пресновка ауылы, Гагарин көшесі, 9' },
        language: 'kk',
        summary: 'Бөлім қызметкері телефонмен сұрағыма жауап бермеді.',
      }),
    },
  ];
  // Time order, as the desk would have done it.
  const ordered = [...plan].sort((a, b) => a.day - b.day || a.minutes - b.minutes);
  let complaints = 0;
  for (const p of ordered) {
    const userId = p.who === 'head' ? o.headId : o.clerkOn(p.day);
    const result = (await step(p.channel, p.input(ids) as never, at(p.day), p.minutes, userId)) as {
      id: number;
    };
    if (p.channel === 'complaints.register') {
      // The plan names complaints by the order they are written in, not registered in.
      ids[plan.indexOf(p)] = result.id;
      complaints++;
      // §23: the complainant's tear-off talon, printed as soon as the complaint is in the journal.
      await step('complaints.printTalon', { complaintId: result.id }, at(p.day), p.minutes + 1, userId);
    }
  }
  return { complaints };
}
