import fs from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fullName } from '../../shared/contract/common.ts';
import { openTestDesk, type TestDesk } from '../../tests/support/context.ts';
import { ADULT, adultIntake, CHILD, childIntake, MOTHER } from '../../tests/support/people.ts';
import { pdfFonts, pdfPageSize, pdfText } from '../../tests/support/poppler.ts';
import { documentFile } from '../print/archive.ts';
import { MM } from '../print/layout.ts';

let desk: TestDesk;
beforeEach(async () => {
  desk = await openTestDesk();
});
afterEach(() => desk.close());

const KAZAKH_LETTERS = /[әғқңөұүһіӘҒҚҢӨҰҮҺІ]/g;

async function talon(applicationId: number, layout: 'a6' | 'a5' | 'receipt80', lang: 'kk' | 'ru') {
  const doc = await desk.ok('intake.printTalon', { applicationId, layout, lang });
  const pdf = fs.readFileSync(documentFile(desk.ctx, doc.id));
  return { doc, pdf, text: pdfText(pdf) };
}

describe('the talon (§15): accepted 25.11.2026 10:00 Asia/Almaty, term 07.12.2026 (§7.1)', () => {
  for (const layout of ['a6', 'receipt80'] as const) {
    it(`says in Kazakh, on ${layout}, the number, the applicant, the date and time and the term`, async () => {
      const { applicationId, regNumber, talon: original } = await desk.ok('intake.accept', adultIntake());
      // §15: the original was kept with the acceptance; printed again, it is a copy.
      expect(original).toMatchObject({ kind: 'talon', copy: false });
      const { text, doc } = await talon(applicationId, layout, 'kk');
      expect(doc).toMatchObject({ kind: 'talon', lang: 'kk', layout, pages: 1, copy: true });
      expect(text).toContain('ТАЛОН');
      expect(text).toContain(regNumber);
      expect(text).toContain(`Өтініш беруші: ${fullName(ADULT)}`);
      for (const letter of fullName(ADULT).match(KAZAKH_LETTERS) ?? []) expect(text).toContain(letter);
      expect(text).toContain('Қабылданған күні мен уақыты: 25.11.2026 10:00');
      expect(text).toContain('Қызмет көрсету мерзімі: 07.12.2026 дейін');
      expect(text).toContain('Қабылдаған маман: Айгерім Сапарқызы Нұрланова');
      expect(text).toContain('№ 8 кабинет');
      // §16: how the result comes.
      expect(text).toContain('поштамен жіберіледі');
      // §10 working hours, from the service definition.
      expect(text).toContain('дүйсенбі–жұма, 09:00–18:00, түскі үзіліс 13:00–14:00');
      // §12 documents received, named for an adult.
      expect(text).toContain('Оңалтудың жеке бағдарламасынан үзінді көшірмесі');
      expect(text).toContain('Жеке басын куәландыратын құжаттың көшірмесі');
    });

    it(`says in Russian, on ${layout}, the number, the applicant, the date and time and the term`, async () => {
      const { applicationId, regNumber } = await desk.ok('intake.accept', adultIntake());
      const { text } = await talon(applicationId, layout, 'ru');
      expect(text).toContain('ТАЛОН');
      expect(text).toContain(regNumber);
      expect(text).toContain(`Заявитель: ${fullName(ADULT)}`);
      for (const letter of fullName(ADULT).match(KAZAKH_LETTERS) ?? []) expect(text).toContain(letter);
      expect(text).toContain('Дата и время приема: 25.11.2026 10:00');
      expect(text).toContain('Срок оказания услуги: до 07.12.2026');
      expect(text).toContain('Кабинет № 8');
      expect(text).toContain('только при личном обращении');
      expect(text).toContain('понедельник–пятница, 09:00–18:00, перерыв на обед 13:00–14:00');
      expect(text).toContain('Копия выписки из индивидуальной программы реабилитации');
    });
  }

  it("prints the visit's survey code and the invitation in both languages, the talon's own language aside", async () => {
    const { applicationId } = await desk.ok('intake.accept', adultIntake());
    const { code } = await desk.ok('survey.visitCode', { applicationId });
    const { text } = await talon(applicationId, 'a6', 'ru');
    const flat = text.replace(/\s+/g, ' ').replace(/- /g, '-');
    expect(code).toMatch(/^A\d+-[0-9A-Z]{6}$/);
    expect(flat).toContain(`қағаз сауалнамада ${code} кодын енгізіңіз`);
    expect(flat).toContain(`Оцените качество услуги: введите код ${code}`);
  });

  it('names the disabled child and the legal representative, and the child’s documents (§12.2, §12.9)', async () => {
    const { applicationId } = await desk.ok('intake.accept', childIntake());
    const { text } = await talon(applicationId, 'a5', 'kk');
    expect(text).toContain(`Мүгедек бала: ${fullName(CHILD)}`);
    expect(text).toContain(`Заңды өкілі: ${fullName(MOTHER)}`);
    expect(text).toContain('Туу туралы куәліктің көшірмесі');
    expect(text).toContain('(ПМПК) қорытындысы');
    expect(text).not.toContain('Оңалтудың жеке бағдарламасынан');
  });

  it('prints the receipt on an 80 mm roll as long as its content, and A6 and A5 on their sheets', async () => {
    const { applicationId } = await desk.ok('intake.accept', adultIntake());
    const receipt = pdfPageSize((await talon(applicationId, 'receipt80', 'kk')).pdf);
    expect(receipt.width).toBeCloseTo(80 * MM, 1);
    expect(receipt.height).toBeGreaterThan(100 * MM);
    expect(receipt.height).toBeLessThan(250 * MM);
    expect(receipt.pages).toBe(1);
    const a6 = pdfPageSize((await talon(applicationId, 'a6', 'kk')).pdf);
    expect([a6.width / MM, a6.height / MM, a6.pages].map(Math.round)).toEqual([105, 148, 1]);
    const a5 = pdfPageSize((await talon(applicationId, 'a5', 'ru')).pdf);
    expect([a5.width / MM, a5.height / MM, a5.pages].map(Math.round)).toEqual([148, 210, 1]);
  });

  it('embeds PT Sans and no standard PDF font, which would garble Cyrillic (FACTS.md)', async () => {
    const { applicationId } = await desk.ok('intake.accept', childIntake());
    const fonts = pdfFonts((await talon(applicationId, 'a6', 'kk')).pdf);
    expect(fonts.map((f) => f.replace(/^[A-Z]{6}\+/, '')).sort()).toEqual(['PTSans-Bold', 'PTSans-Regular']);
  });

  it('takes the layout and the language from the office settings unless the call chooses', async () => {
    const { applicationId } = await desk.ok('intake.accept', adultIntake());
    const settings = await desk.ok('settings.get', {});
    await desk.ok('settings.update', {
      ...settings,
      documentLanguage: 'ru',
      printing: { ...settings.printing, talonLayout: 'receipt80' },
    });
    const doc = await desk.ok('intake.printTalon', { applicationId });
    expect(doc).toMatchObject({ lang: 'ru', layout: 'receipt80' });
    expect(pdfText(fs.readFileSync(documentFile(desk.ctx, doc.id)))).toContain('Срок оказания услуги');
  });

  it('keeps long names of a child and a representative on one A6 sheet by setting the type smaller', async () => {
    const child = { ...CHILD, lastName: 'Жұмабаев-Сәрсенбаев-Әбдіқадыров', firstName: 'Нұрсұлтан-Әмірхан' };
    const mother = {
      ...MOTHER,
      lastName: 'Жұмабаева-Сәрсенбаева-Әбдіқадырова',
      firstName: 'Гүлжиһан-Әйгерім',
      middleName: 'Құдайбергенқызы',
    };
    const { applicationId } = await desk.ok(
      'intake.accept',
      childIntake({ applicant: child, representative: mother }),
    );
    const { doc, text } = await talon(applicationId, 'a6', 'kk');
    expect(doc.pages).toBe(1);
    expect(text).toContain(fullName(child));
    expect(text).toContain('Жұмабаева-Сәрсенбаева-Әбдіқадырова');
    expect(text).toContain('Мемлекеттік қызмет тегін көрсетіледі.');
  });
});
