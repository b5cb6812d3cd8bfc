import fs from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fullName } from '../../shared/contract/common.ts';
import { openTestDesk, type TestDesk } from '../../tests/support/context.ts';
import { ADULT, adultIntake, CHILD, childIntake, fullMarks, MOTHER } from '../../tests/support/people.ts';
import { pdfText } from '../../tests/support/poppler.ts';
import { documentFile } from '../print/archive.ts';

let desk: TestDesk;
beforeEach(async () => {
  desk = await openTestDesk();
});
afterEach(() => desk.close());

const without = (category: 'adult' | 'child', ...codes: string[]) =>
  fullMarks(category).filter((d) => !codes.includes(d.code));

async function listText(attemptId: number, lang: 'kk' | 'ru', layout: 'a6' | 'a5' | 'receipt80' = 'a6') {
  const doc = await desk.ok('intake.printMissingList', { attemptId, lang, layout });
  return { doc, text: pdfText(fs.readFileSync(documentFile(desk.ctx, doc.id))) };
}

describe('the list of missing documents for a turned-away package', () => {
  it('names each missing §12 document with its item, in Kazakh, and says where and when to come back', async () => {
    const documents = without('adult', 'residence', 'living_conditions_act');
    const { attemptId } = await desk.ok('intake.turnAway', adultIntake({ documents }));
    const { doc, text } = await listText(attemptId, 'kk');
    expect(doc).toMatchObject({ kind: 'missing_list', pages: 1, copy: false });
    expect(text).toContain('ЖЕТІСПЕЙТІН ҚҰЖАТТАР ТІЗБЕСІ');
    expect(text).toContain(`Өтініш беруші: ${fullName(ADULT)}`);
    expect(text).toContain('3) Тұрғылықты жерден анықтама');
    expect(text).toContain('5) Материалдық-тұрмыстық жағдайларды зерттеу актісі');
    expect(text).not.toContain('Медициналық карта');
    expect(text).toContain('Келген күні мен уақыты: 25.11.2026 10:00');
    expect(text).toContain('Маман: Айгерім Сапарқызы Нұрланова');
    expect(text).toContain('№ 8 кабинетке қайта келіңіз');
    expect(text).toContain('Алдын ала жазылу қажет емес');
    expect(text).toContain('дүйсенбі–жұма, 09:00–18:00');
  });

  it('names a child’s missing birth certificate and ПМПК conclusion in Russian, on the receipt', async () => {
    const documents = without('child', 'identity', 'pmpk_conclusion');
    const { attemptId } = await desk.ok('intake.turnAway', childIntake({ documents }));
    const { text } = await listText(attemptId, 'ru', 'receipt80');
    expect(text).toContain('ПЕРЕЧЕНЬ НЕДОСТАЮЩИХ ДОКУМЕНТОВ');
    expect(text).toContain(`Ребенок-инвалид: ${fullName(CHILD)}`);
    expect(text).toContain(`Законный представитель: ${fullName(MOTHER)}`);
    expect(text).toContain('2) Копия свидетельства о рождении');
    // The 72 mm line breaks the long name at a hyphen, and pdftotext joins such a word back
    // without its hyphen: compare without hyphens.
    const unhyphenated = (s: string) => s.replaceAll('-', '');
    expect(unhyphenated(text)).toContain(
      unhyphenated('9) Заключение психолого-медико-педагогической консультации (ПМПК)'),
    );
    expect(text).toContain('Предварительная запись не нужна');
    expect(text).toContain('в порядке живой очереди');
  });

  it('is not printed for an accepted visit, which has its talon', async () => {
    const { attemptId } = await desk.ok('intake.accept', adultIntake());
    const r = await desk.call('intake.printMissingList', { attemptId });
    expect(r).toMatchObject({ ok: false, error: { code: 'package_complete' } });
  });
});
