import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fullName } from '../../shared/contract/common.ts';
import { OFFICE_DEFAULTS } from '../../shared/standard/office-defaults.ts';
import { openTestDesk, type TestDesk } from '../../tests/support/context.ts';
import { APPROVAL, applicationIn, hireStaff, REFUSAL, type Staff } from '../../tests/support/decisions.ts';
import { ADULT, MOTHER } from '../../tests/support/people.ts';
import { type PdfWord, pdfPageSize, pdfPageToPng, pdfText, pdfWords } from '../../tests/support/poppler.ts';
import { documentFile } from '../print/archive.ts';
import { deskFonts, missingGlyphs } from '../print/fonts.ts';
import { MM } from '../print/layout.ts';
import { type BoxMm, ENVELOPES, THIRD, windowSafeArea } from '../print/window-letter.ts';
import { LETTER_TEXTS } from './letter-texts.ts';

const OUT = path.resolve(import.meta.dirname, '../../test-artifacts/print');

let desk: TestDesk;
let staff: Staff;
beforeEach(async () => {
  desk = await openTestDesk();
  staff = await hireStaff(desk);
});
afterEach(() => desk.close());

const RU_EXPLANATION = 'Копия выписки из справки об инвалидности не совпадает с оригиналом.';

async function letterPdf(applicationId: number, lang: 'kk' | 'ru', explanation?: string) {
  const doc = await desk.ok('decisions.printLetter', {
    applicationId,
    lang,
    ...(explanation ? { explanation } : {}),
  });
  const pdf = fs.readFileSync(documentFile(desk.ctx, doc.id));
  return { doc, pdf, text: pdfText(pdf) };
}

/** The run of words that is the addressee's name followed by the address; fails when there is none. */
function addresseeWords(words: readonly PdfWord[], name: string, address: string): PdfWord[] {
  const tokens = `${name} ${address}`.split(/\s+/);
  for (let i = 0; i + tokens.length <= words.length; i++) {
    if (tokens.every((t, k) => words[i + k]?.text === t)) return words.slice(i, i + tokens.length);
  }
  throw new Error(`"${name} ${address}" is not in the PDF as a run of words`);
}

/** Whether `inner` lies within `outer`; `eps` absorbs poppler's rounding of coordinates it prints. */
const inside = (inner: BoxMm, outer: BoxMm, eps = 0) =>
  inner.x >= outer.x - eps &&
  inner.y >= outer.y - eps &&
  inner.x + inner.width <= outer.x + outer.width + eps &&
  inner.y + inner.height <= outer.y + outer.height + eps;

/** The left DL window on the page when the folded sheet sits `dx` right and `dy` down in the envelope. */
function windowOnPage(dx: number, dy: number): BoxMm {
  return { x: 20 - dx, y: ENVELOPES.dl.height - 15 - 45 - dy, width: 90, height: 45 };
}
const WINDOW_SAFE = windowSafeArea({ envelope: 'dl', side: 'left' });

describe('the notification letter (§5, §16, §17, §21)', () => {
  it('tells an approval in Kazakh: number, date, decision, the order it rests on, the term and what happens next', async () => {
    const id = await applicationIn(desk, staff, 'approved');
    const { doc, text, pdf } = await letterPdf(id, 'kk');
    expect(doc).toMatchObject({ kind: 'notification', layout: 'a4', lang: 'kk', copy: false });
    expect(text).toContain('Шығыс № 1');
    expect(text).toContain('27.11.2026 ж.');
    expect(text).toContain('ХАБАРЛАМА');
    expect(text).toContain(`Құрметті ${ADULT.firstName} ${ADULT.middleName}!`);
    expect(text).toContain(fullName(ADULT));
    expect(text).toContain(ADULT.address);
    expect(text).toContain('ШЕШІМ: ҮЙДЕ ӘЛЕУМЕТТІК ҚЫЗМЕТ КӨРСЕТІЛСІН');
    expect(text).toContain('Негіздеме: 27.11.2026 ж. № 145-ө бұйрық');
    expect(text).toContain('Қызмет көрсету мерзімі (стандарттың 7-тармағы): 07.12.2026 дейін');
    expect(text).toContain('Үйде әлеуметтік қызмет көрсету басталатын күн: 01.12.2026');
    expect(text).toContain(`Әлеуметтік қызметкер: ${APPROVAL.socialWorker}`);
    expect(text).toContain(APPROVAL.serviceUnit);
    expect(text).toContain('№ 8 кабинетке');
    // Signed by the head who decided, with the title from the settings.
    expect(text).toContain('Бөлім бастығы');
    expect(text).toContain(staff.head.fullName);
    expect(text).not.toContain('шағым');
    pdfPageToPng(pdf, path.join(OUT, 'letter-approval-kk.png'));
  });

  it('tells an approval in Russian the same things', async () => {
    const id = await applicationIn(desk, staff, 'approved');
    const { text, pdf } = await letterPdf(id, 'ru');
    expect(text).toContain('Исх. № 1');
    expect(text).toContain('от 27.11.2026');
    expect(text).toContain('УВЕДОМЛЕНИЕ');
    expect(text).toContain(`Уважаемая ${ADULT.firstName} ${ADULT.middleName}!`);
    expect(text).toContain('РЕШЕНИЕ: ОКАЗАТЬ СОЦИАЛЬНОЕ ОБСЛУЖИВАНИЕ НА ДОМУ');
    expect(text).toContain('Основание: приказ № 145-ө от 27.11.2026');
    expect(text).toContain('Срок оказания услуги (пункт 7 стандарта): до 07.12.2026');
    expect(text).toContain('Социальное обслуживание на дому начинается: 01.12.2026');
    expect(text).toContain(`Социальный работник: ${APPROVAL.socialWorker}`);
    expect(text).toContain('Начальник отдела');
    pdfPageToPng(pdf, path.join(OUT, 'letter-approval-ru.png'));
  });

  for (const lang of ['kk', 'ru'] as const) {
    it(`states a refusal's §17 ground, the explanation, all three complaint addresses (§21) and the court, in ${lang}`, async () => {
      const id = await applicationIn(desk, staff, 'refused', { child: true });
      // The decision's explanation is Kazakh; the Russian letter carries its own Russian text.
      const { text, pdf, doc } = await letterPdf(id, lang, lang === 'ru' ? RU_EXPLANATION : undefined);
      const t = LETTER_TEXTS[lang].letter;
      expect(doc.pages).toBe(1);
      // For a child the letter goes to the legal representative and names the child.
      expect(text).toContain(fullName(MOTHER));
      expect(text).toContain(MOTHER.address);
      expect(text).toContain(
        lang === 'kk' ? 'Мүгедек бала: Өмірбеков Ұлан Іңкәрұлы' : 'Ребенок-инвалид: Өмірбеков Ұлан Іңкәрұлы',
      );
      expect(text).toContain(
        lang === 'kk'
          ? 'Бас тарту негізі (стандарттың 17-тармағының 2) тармақшасы): Құжаттардың дәйексіздігі'
          : 'Основание отказа (подпункт 2) пункта 17 стандарта): Недостоверность документов',
      );
      expect(text).toContain(lang === 'kk' ? REFUSAL.explanation : RU_EXPLANATION);
      expect(text).toContain(lang === 'kk' ? '07.12.2026 дейін' : 'до 07.12.2026');
      const contacts = OFFICE_DEFAULTS.contacts;
      for (const c of [contacts.head, contacts.deputy, contacts.regional]) {
        expect(text).toContain(c.title[lang]);
        expect(text).toContain(c.address[lang]);
        expect(text).toContain(lang === 'kk' ? `№ ${c.room} кабинет` : `кабинет № ${c.room}`);
        expect(text).toContain(`тел. ${c.phone}`);
        expect(text).toContain(c.email);
      }
      expect(text).toContain(t.court);
      pdfPageToPng(pdf, path.join(OUT, `letter-refusal-child-${lang}.png`));
    });
  }

  it('prints a refusal’s explanation only in the letter’s own language: the other letter asks for its text once and keeps it (§17)', async () => {
    const id = await applicationIn(desk, staff, 'refused');
    const kk = await letterPdf(id, 'kk');
    expect(kk.text).toContain(REFUSAL.explanation);
    // The Russian letter never carries the Kazakh explanation: the clerk is asked for a Russian one.
    const asked = await desk.call('decisions.printLetter', { applicationId: id, lang: 'ru' });
    expect(asked.ok || asked.error).toMatchObject({
      code: 'invalid_input',
      issues: [{ path: 'explanation', message: 'explanation_needed_ru' }],
    });
    const ru = await letterPdf(id, 'ru', RU_EXPLANATION);
    expect(ru.doc.copy).toBe(false);
    expect(ru.text).toContain(`Пояснение: ${RU_EXPLANATION}`);
    expect(ru.text).not.toContain(REFUSAL.explanation);
    pdfPageToPng(ru.pdf, path.join(OUT, 'letter-refusal-ru-own-explanation.png'));
    // Kept with who typed it, in the audit log; the next Russian paper needs nothing and is a copy.
    const audit = desk.ctx.db
      .prepare("SELECT user_id AS userId, after FROM audit_log WHERE action = 'decisions.explanation'")
      .all() as { userId: number; after: string }[];
    expect(audit).toHaveLength(1);
    expect(audit[0]?.userId).toBe(staff.clerk.id);
    expect(JSON.parse(audit[0]?.after ?? '{}')).toMatchObject({ lang: 'ru', explanation: RU_EXPLANATION });
    const again = await letterPdf(id, 'ru', 'Другой текст');
    expect(again.doc.copy).toBe(true);
    expect(again.text).toContain(RU_EXPLANATION);
    expect(again.text).not.toContain('Другой текст');
    // And the Kazakh letter keeps the decision's own words.
    expect((await letterPdf(id, 'kk')).text).not.toContain(RU_EXPLANATION);
  });

  it('takes a refusal explained in Russian as Russian: the Kazakh letter asks for the Kazakh text', async () => {
    const id = await applicationIn(desk, staff, 'under_review');
    await desk.signInAs(staff.head);
    await desk.ok('decisions.refuse', {
      applicationId: id,
      ...REFUSAL,
      explanation: RU_EXPLANATION,
      explanationLang: 'ru',
    });
    expect((await letterPdf(id, 'ru')).text).toContain(RU_EXPLANATION);
    const asked = await desk.call('decisions.printLetter', { applicationId: id, lang: 'kk' });
    expect(asked.ok || asked.error).toMatchObject({
      issues: [{ path: 'explanation', message: 'explanation_needed_kk' }],
    });
  });

  it('places the addressee inside the DL window however the folded sheet lies in the envelope', async () => {
    const id = await applicationIn(desk, staff, 'refused', { child: true });
    const { pdf } = await letterPdf(id, 'kk');
    expect(pdfPageSize(pdf)).toMatchObject({
      width: expect.closeTo(210 * MM, 1),
      height: expect.closeTo(297 * MM, 1),
    });
    // The window as measured from the envelope (DIN 680): 90 × 45 mm, 20 from the left, 15 from the bottom.
    expect(WINDOW_SAFE).toEqual({ x: 20, y: 50, width: 80, height: 34 });

    // What the layout recorded while drawing, read back through the renderer itself.
    const { renderLetter } = await import('./letter.ts');
    const file = await desk.ok('decisions.file', { applicationId: id });
    const rendered = await renderLetter(
      {
        outNumber: file.letter?.outNumber ?? '',
        letterDate: '2026-11-27',
        regNumber: file.regNumber,
        acceptedDate: '2026-11-25',
        termEnd: file.termEnd,
        category: 'child',
        applicantName: file.applicantName,
        addressee: { ...MOTHER, sex: 'female', fullName: fullName(MOTHER), addressLines: [MOTHER.address] },
        decision: {
          kind: 'refused',
          orderNumber: '1',
          orderDate: '2026-11-27',
          ground: { item: 2, text: 'x' },
          explanation: 'x',
        },
        signer: { title: 'x', name: 'x' },
        executor: { name: 'x', phone: 'x' },
        copy: false,
      },
      (await import('../../shared/standard/service-definition.ts')).STANDARD_2008,
      OFFICE_DEFAULTS,
      'kk',
      new Date(),
    );
    const box = rendered.addresseeBox;
    expect(inside(box, WINDOW_SAFE)).toBe(true);
    for (const dx of [0, 10])
      for (const dy of [0, ENVELOPES.dl.height - THIRD]) expect(inside(box, windowOnPage(dx, dy))).toBe(true);
    expect(inside(rendered.windowBlockBox, WINDOW_SAFE)).toBe(true);

    // And what poppler reads back from the kept PDF: the name and the address, word after word in
    // reading order, are on page 1, and every one of those words lies within the window.
    const lines = addresseeWords(pdfWords(pdf), fullName(MOTHER), MOTHER.address);
    for (const w of lines) {
      expect(w.page, w.text).toBe(1);
      const wordBox = { x: w.x0, y: w.y0, width: w.x1 - w.x0, height: w.y1 - w.y0 };
      expect(inside(wordBox, WINDOW_SAFE), `${w.text} at ${JSON.stringify(wordBox)}`).toBe(true);
      expect(
        inside(wordBox, box, 0.01),
        `${w.text} ${JSON.stringify(wordBox)} in ${JSON.stringify(box)}`,
      ).toBe(true);
    }
    const words = pdfWords(pdf);
    // Nothing of the body shows in the window: it starts below the first fold.
    const body = words.filter((x) => x.page === 1 && x.text === 'ХАБАРЛАМА');
    expect(body[0]?.y0).toBeGreaterThan(THIRD);
  });

  it('keeps a long address inside the window by setting the type smaller', async () => {
    const address =
      'Солтүстік Қазақстан облысы, Жамбыл ауданы, Пресновка ауылы, Тәуелсіздіктің 30 жылдығы көшесі, 128-үй, 45-пәтер, 2-подъезд, 5-қабат';
    const id = await applicationIn(desk, staff, 'approved', {
      intake: { applicant: { ...ADULT, address } },
    });
    const { pdf, text } = await letterPdf(id, 'ru');
    expect(text).toContain('45-пәтер');
    for (const w of addresseeWords(pdfWords(pdf), fullName(ADULT), address)) {
      expect(w.page).toBe(1);
      expect(inside({ x: w.x0, y: w.y0, width: w.x1 - w.x0, height: w.y1 - w.y0 }, WINDOW_SAFE), w.text).toBe(
        true,
      );
    }
    pdfPageToPng(pdf, path.join(OUT, 'letter-long-address-ru.png'));
  });

  it('numbers letters per year with the office’s prefix and keeps the number on a reprint, marked as a copy', async () => {
    const settings = await desk.ok('settings.get', {});
    await desk.ok('settings.update', {
      ...settings,
      letters: { ...settings.letters, outgoingPrefix: '03-12/' },
    });
    const first = await applicationIn(desk, staff, 'approved');
    const second = await applicationIn(desk, staff, 'refused');
    expect((await letterPdf(first, 'kk')).text).toContain('Шығыс № 03-12/1');
    expect((await letterPdf(second, 'kk')).text).toContain('Шығыс № 03-12/2');
    // The first ru paper after the kk one is an original of its own; the second ru one is its copy.
    const ru = await letterPdf(first, 'ru');
    expect(ru.doc.copy).toBe(false);
    expect(ru.text).toContain('Исх. № 03-12/1');
    expect(ru.text).not.toContain('КОПИЯ');
    const again = await letterPdf(first, 'ru');
    expect(again.doc.copy).toBe(true);
    expect(again.text).toContain('Исх. № 03-12/1');
    expect(again.text).toContain('от 27.11.2026');
    expect(again.text).toContain('КӨШІРМЕ / КОПИЯ');
    pdfPageToPng(again.pdf, path.join(OUT, 'letter-approval-ru-copy.png'));
    const kkAgain = await letterPdf(first, 'kk');
    expect(kkAgain.doc.copy).toBe(true);
    const file = await desk.ok('decisions.file', { applicationId: first });
    expect(file.letter?.printed.map((p) => [p.lang, p.copy])).toEqual([
      ['kk', false],
      ['ru', false],
      ['ru', true],
      ['kk', true],
    ]);

    // A new year starts the sequence again.
    desk.clock.set('2027-01-05T05:00:00.000Z');
    const third = await applicationIn(desk, staff, 'under_review');
    desk.clock.set('2027-01-06T05:00:00.000Z');
    await desk.signInAs(staff.head);
    await desk.ok('decisions.approve', {
      applicationId: third,
      ...APPROVAL,
      orderDate: '2027-01-06',
      servicesFrom: '2027-01-11',
    });
    expect((await letterPdf(third, 'kk')).text).toContain('Шығыс № 03-12/1 ');
  });

  it('has no letter before a decision', async () => {
    const id = await applicationIn(desk, staff, 'under_review');
    const r = await desk.call('decisions.printLetter', { applicationId: id });
    expect(r.ok || r.error.code).toBe('no_decision');
  });

  it('prints every word of the letter, the register and the envelopes with PT Sans glyphs (FACTS.md)', () => {
    const { regular, bold } = deskFonts();
    const walk = (v: unknown): string =>
      typeof v === 'string'
        ? v
        : Object.values(v as object)
            .map(walk)
            .join(' ');
    const all = walk(LETTER_TEXTS);
    expect(missingGlyphs(regular, all)).toEqual([]);
    expect(missingGlyphs(bold, all)).toEqual([]);
  });
});
