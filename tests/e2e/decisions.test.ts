// After the talon, in the browser mode (§5, §7.1, §16, §17): the clerk passes two files to the
// head; the head refuses one on a §17 ground and approves the other; the clerk prints the
// refusal letter and marks it sent by post with the day's register, then hands the approval
// over in person to the applicant who came with her talon (its QR code read by a scanner that
// types). Last, a file left without a letter past its term is on top of the start screen.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixedClock } from '../../electron/kernel/context.ts';
import { addressText } from '../../shared/domain/postal-address.ts';
import { ADULT, adultIntake, iinFor, PARTS } from '../support/people.ts';
import { fillPostalAddress } from './address.ts';
import { E2E_PASSWORD, type E2eDesk, openE2eDesk } from './browser.ts';
import { pdfPage1Png, pdfText } from './pdf.ts';
import { ui } from './ui-expect.ts';

// Wednesday 25.11.2026, 10:00 in the office (UTC+5); the term of an application accepted today
// is Monday 07.12.2026 (§7.1: 10 calendar days, 06.12 is a Sunday).
const clock = fixedClock('2026-11-25T05:00:00.000Z');
let desk: E2eDesk;

beforeAll(async () => {
  desk = await openE2eDesk({ clock });
});
afterAll(async () => {
  await desk?.close();
});

const SECOND = {
  ...ADULT,
  iin: iinFor('1958-07-03', 4, 4100),
  lastName: 'Байжанова',
  firstName: 'Сәуле',
  middleName: 'Төлеуқызы',
  address: 'Пресновка ауылы, Абай көшесі, 7',
};

/** Registers an adult at the intake desk and closes the talon's window. */
async function acceptAdult(person: typeof ADULT): Promise<string> {
  const { page, context } = desk;
  await desk.place('Қабылдау');
  const next = page.getByRole('button', { name: 'Келесі өтініш беруші' });
  if (await next.count()) await next.click();
  await page.getByLabel('ЖСН', { exact: true }).fill(person.iin);
  await ui.checked(page.getByRole('radio', { name: /^Мүгедек \(ересек\)/ }));
  await page.getByLabel('Тегі', { exact: true }).fill(person.lastName);
  await page.getByLabel('Аты', { exact: true }).fill(person.firstName);
  await page.getByLabel(/^Әкесінің аты/).fill(person.middleName);
  await fillPostalAddress(page, 'applicant.postalAddress');
  await page.getByRole('button', { name: 'Барлығын белгілеу' }).click();
  await page.getByLabel('Өтініш беруші келісімге қол қойды').check();
  const talon = context.waitForEvent('page');
  await page.getByRole('button', { name: 'Қабылдау және талонды басу' }).click();
  await (await talon).close();
  const reg = page.getByTestId('reg-number');
  await ui.visible(reg);
  return ((await reg.textContent()) ?? '').trim();
}

/** The PDF a print button opened in a new window, read back. */
async function printed(click: () => Promise<void>, name: string): Promise<string> {
  const pdf = await desk.printedPdf(click);
  pdfPage1Png(pdf, name);
  return pdfText(pdf).replace(/\s+/g, ' ');
}

async function openInDueList(regNumber: string) {
  const { page } = desk;
  await desk.place(/^Шешімдер/);
  await page.getByRole('tab', { name: 'Мерзімдер' }).click();
  await page.getByRole('button', { name: regNumber, exact: true }).click();
  await ui.visible(page.getByRole('heading', { name: 'Шешім және хабарлама (7.1, 16, 17-тармақтар)' }));
}

describe('decisions and notification letters in the browser mode', () => {
  let refusedReg = '';
  let approvedReg = '';

  it('starts an office with its administrator and a head of department', async () => {
    const { page } = desk;
    await desk.firstStart('a.nurlanova', 'Айгерім Нұрланова');
    await ui.visible(page.getByRole('heading', { name: 'Құжаттарды қабылдау' }));
    const head = await desk.api<{ id: number; role: string }>('users.create', {
      login: 'b.zhaksylykov',
      fullName: 'Болат Серікұлы Жақсылықов',
      role: 'head',
      language: 'kk',
      password: E2E_PASSWORD,
    });
    expect(head.role).toBe('head');
  });

  it('accepts two packages and passes both files to the head', async () => {
    refusedReg = await acceptAdult(ADULT);
    approvedReg = await acceptAdult(SECOND);
    expect([refusedReg, approvedReg]).toEqual(['2026-0001', '2026-0002']);
    const { page } = desk;
    await desk.place(/^Шешімдер/);
    const later = page.getByRole('region', { name: /Кейінірек/ });
    await ui.text(later, refusedReg);
    await ui.text(later, approvedReg);
    await ui.text(later, 'Басшыға қарауға беру керек');
    await desk.screenshot('decisions-01-due-list');
    for (const reg of [refusedReg, approvedReg]) {
      await openInDueList(reg);
      await page.getByRole('form', { name: 'Басшыға қарауға беру' }).getByRole('button').click();
      await ui.text(page.locator('.decision-panel .status-pill'), 'басшыда қаралуда');
    }
  });

  it('lets the head refuse one on a §17 ground with the order and the explanation, and approve the other', async () => {
    const { page } = desk;
    clock.set('2026-11-27T06:00:00.000Z'); // Friday 11:00
    await desk.sitDown('b.zhaksylykov');
    await ui.visible(page.getByText('Болат Серікұлы Жақсылықов'));

    await openInDueList(refusedReg);
    await page.getByRole('radio', { name: 'Шешім: бас тартылды' }).check();
    const refuse = page.getByRole('form', { name: 'Шешімді тіркеу: бас тарту' });
    await refuse.getByLabel('Бұйрық нөмірі').fill('146-ө');
    expect(await refuse.getByLabel('Бұйрық күні').inputValue()).toBe('27.11.2026');
    await refuse.getByRole('radio', { name: /2\) Құжаттардың дәйексіздігі/ }).check();
    await refuse
      .getByLabel('Түсініктеме (хатқа жазылады)')
      .fill('Мүгедектік туралы анықтаманың көшірмесі түпнұсқамен сәйкес келмейді');
    await desk.screenshot('decisions-02-head-refuses');
    await refuse.getByRole('button', { name: 'Шешімді тіркеу: бас тарту' }).click();
    await ui.text(page.locator('.decision-panel .status-pill'), 'шешім: бас тарту');
    await ui.text(page.locator('.decision-summary'), 'Құжаттардың дәйексіздігі');

    await page.getByRole('button', { name: /Тізімге оралу/ }).click();
    await page.getByRole('button', { name: approvedReg, exact: true }).click();
    await page.getByRole('radio', { name: 'Шешім: қызмет көрсетілсін' }).check();
    const approve = page.getByRole('form', { name: 'Шешімді тіркеу: қызмет көрсетілсін' });
    await approve.getByLabel('Бұйрық нөмірі').fill('147-ө');
    await approve.getByLabel('Қызмет басталатын күн').fill('01.12.2026');
    await approve.getByLabel('Әлеуметтік қызметкер').fill('Сания Бекқызы Омарова');
    await approve.getByLabel(/^Бөлімше/).fill('Үйде әлеуметтік көмек көрсету бөлімшесі № 1');
    await approve.getByRole('button', { name: 'Шешімді тіркеу: қызмет көрсетілсін' }).click();
    await ui.text(page.locator('.decision-panel .status-pill'), 'шешім: қызмет көрсетілсін');
    // The head records no notification: that is the desk's (§16).
    await ui.absent(page.getByRole('form', { name: 'Поштаға тапсырылды деп белгілеу' }));
    await desk.screenshot('decisions-03-head-approved');
  });

  it('prints the refusal letter and marks it handed to the post office, with the day’s register', async () => {
    const { page } = desk;
    await desk.sitDown('a.nurlanova');
    await desk.place(/^Шешімдер/);
    await page.getByRole('tab', { name: 'Пошта' }).click();
    const row = page.getByRole('row', { name: new RegExp(refusedReg) });
    const letter = await printed(
      () => row.getByRole('button', { name: 'Хатты басу' }).click(),
      'e2e-letter-refusal-kk',
    );
    expect(letter).toContain('ХАБАРЛАМА');
    expect(letter).toContain('Шығыс № 1');
    expect(letter).toContain(
      'Бас тарту негізі (стандарттың 17-тармағының 2) тармақшасы): Құжаттардың дәйексіздігі',
    );
    expect(letter).toContain('№ 1 кабинет, тел. 2-13-38');
    expect(letter).toContain(
      'Петропавл қаласы, Абай көшесі, 64, № 213 кабинет, тел. 46-56-48, эл. пошта: obl_dep@mail.online.kz',
    );
    expect(letter).toContain('07.12.2026 дейін');

    await row.getByRole('button', { name: 'Осы күні тапсырылды' }).click();
    const sent = page.getByRole('region', { name: /Осы күні поштаға тапсырылған хаттар/ });
    await ui.text(sent, 'Қасымова Гүлнәр Әбілқызы');
    await ui.text(sent, addressText(PARTS, 'kk'));
    const register = await printed(
      () => page.getByRole('button', { name: 'Пошта тізілімін басу' }).click(),
      'e2e-postal-register-kk',
    );
    expect(register).toContain('ПОШТА ЖӨНЕЛТІЛІМДЕРІНІҢ ТІЗІЛІМІ');
    expect(register).toContain(refusedReg);
    expect(register).toContain('Барлығы: 1 хат');
    await desk.screenshot('decisions-04-post');

    await openInDueList(approvedReg);
    await page.getByRole('button', { name: /Тізімге оралу/ }).click();
    await ui.absent(page.getByRole('button', { name: refusedReg, exact: true }));
  });

  it('hands the approval over in person to the applicant whose talon the scanner reads', async () => {
    const { page } = desk;
    clock.set('2026-11-30T09:15:00.000Z'); // Monday 14:15
    await page.reload();
    await desk.place(/^Шешімдер/);
    await page.getByRole('tab', { name: 'Қолма-қол беру' }).click();
    const search = page.getByLabel('ЖСН, аты-жөні, тіркеу нөмірі немесе талонның QR-коды');
    await ui.visible(search);
    // The scanner types the QR code's text and Enter, as a keyboard would.
    await search.pressSequentially(`${approvedReg}\n`);
    await ui.visible(page.getByRole('heading', { name: 'Шешім және хабарлама (7.1, 16, 17-тармақтар)' }));
    await ui.text(page.locator('.decision-panel'), 'Хат тек тұтынушы өзі келгенде қолма-қол беріледі');

    const letter = await printed(
      () => page.getByRole('button', { name: 'Хабарлама хатты басу' }).click(),
      'e2e-letter-approval-kk',
    );
    expect(letter).toContain('ШЕШІМ: ҮЙДЕ ӘЛЕУМЕТТІК ҚЫЗМЕТ КӨРСЕТІЛСІН');
    expect(letter).toContain('Әлеуметтік қызметкер: Сания Бекқызы Омарова');
    expect(letter).toContain('Шығыс № 2');

    const handOver = page.getByRole('form', { name: 'Қолма-қол берілгенін тіркеу' }).getByRole('button');
    await ui.enabled(handOver);
    await handOver.click();
    await ui.text(page.locator('.decision-panel .status-pill'), 'хабарлама берілді');
    const history = page.getByRole('table', { name: 'Қадамдар тарихы' });
    await ui.text(history, '30.11.2026 14:15');
    await ui.text(history, 'Қолма-қол берілді');
    await ui.text(page.locator('.decision-panel'), 'Мерзімінде көрсетілді');
    await desk.screenshot('decisions-05-handed-over');
  });

  it('puts an application left without a letter past its term on top of the start screen', async () => {
    const { page } = desk;
    clock.set('2026-11-30T04:00:00.000Z');
    const third = {
      ...ADULT,
      iin: iinFor('1949-02-11', 3, 5200),
      lastName: 'Сейітов',
      firstName: 'Марат',
      middleName: 'Әлібекұлы',
    };
    const accepted = await desk.api<{ regNumber: string; termEnd: string }>(
      'intake.accept',
      adultIntake({ applicant: third }),
    );
    expect(accepted.termEnd).toBe('2026-12-10');
    clock.set('2026-12-11T04:00:00.000Z'); // Friday, the day after its term
    await page.reload();
    const banner = page.getByRole('alert');
    await ui.text(banner, 'Мерзімі өткен өтініштер: 1');
    await ui.text(page.getByRole('navigation'), '1');
    await desk.screenshot('decisions-06-overdue-on-start-screen');
    await banner.getByRole('button', { name: 'Мерзімдер тізімін ашу' }).click();
    const overdue = page.getByRole('region', { name: /Мерзімі өткен/ });
    await ui.text(overdue, accepted.regNumber);
    await ui.text(overdue, '1 күн кешікті');
    // The same list for a clerk who works in Russian.
    await page.getByRole('button', { name: 'РУС' }).click();
    await ui.visible(page.getByRole('heading', { name: 'Решения и уведомления' }));
    await ui.text(page.getByRole('region', { name: /Просрочено/ }), 'просрочено на 1 дн.');
    await desk.screenshot('decisions-07-due-list-ru');
  });
});
