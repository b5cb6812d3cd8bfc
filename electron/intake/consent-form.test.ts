import fs from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fullName } from '../../shared/contract/common.ts';
import { openTestDesk, type TestDesk } from '../../tests/support/context.ts';
import { ADULT, CHILD, iinFor, MOTHER } from '../../tests/support/people.ts';
import { pdfText } from '../../tests/support/poppler.ts';
import { documentFile } from '../print/archive.ts';

let desk: TestDesk;
beforeEach(async () => {
  desk = await openTestDesk();
});
afterEach(() => desk.close());

const printed = (table: string) =>
  (desk.ctx.db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;

async function consentText(input: Parameters<TestDesk['ok']>[1] & object) {
  const doc = await desk.ok('intake.printConsentForm', input as never);
  return { doc, text: pdfText(fs.readFileSync(documentFile(desk.ctx, doc.id))) };
}

describe('the consent form (Law of RK No. 94-V, Arts. 7–9)', () => {
  it('for a child: the legal representative consents on the child’s behalf, both named with IINs', async () => {
    const { doc, text } = await consentText({
      category: 'child',
      applicant: CHILD,
      representative: MOTHER,
      lang: 'kk',
    });
    expect(doc).toMatchObject({ kind: 'consent_form', layout: 'a4', lang: 'kk', pages: 1 });
    expect(text).toContain('ДЕРБЕС ДЕРЕКТЕРДІ ЖИНАУҒА ЖӘНЕ ӨҢДЕУГЕ КЕЛІСІМ');
    expect(text).toContain(`Мен, ${fullName(MOTHER)}, мүгедек баланың заңды өкілі ретінде`);
    expect(text).toContain(`бала – ${fullName(CHILD)} атынан`);
    expect(text).toContain(`ЖСН: ${CHILD.iin}`);
    expect(text).toContain(`ЖСН: ${MOTHER.iin}`);
    expect(text).toContain('Балаға кім болып келеді: анасы');
    expect(text).toContain(MOTHER.authorityDocument);
    expect(text).toContain('№ 94-V');
    expect(text).toContain('қолжетімділігі шектеулі');
    expect(text).toContain('Қазақстан Республикасының аумағында');
    expect(text).toContain('кері қайтарып алуға құқылымын');
    expect(text).toContain('Күні: 25.11.2026');
  });

  it('for an adult in Russian: the applicant’s own consent, operator, purpose, medical data, withdrawal', async () => {
    const { text } = await consentText({ category: 'adult', applicant: ADULT, lang: 'ru' });
    expect(text).toContain('СОГЛАСИЕ НА СБОР И ОБРАБОТКУ ПЕРСОНАЛЬНЫХ ДАННЫХ');
    expect(text).toContain(
      `Я, ${fullName(ADULT)}, в соответствии со статьями 7–9 Закона Республики Казахстан`,
    );
    expect(text).toContain('Оператор: ГУ «Отдел занятости и социальных программ Жамбылского района»');
    expect(text).toContain(
      'Цель: оказание государственной услуги «Оформление документов на социальное обслуживание',
    );
    expect(text).toContain('персональные данные ограниченного доступа');
    expect(text).toContain('на территории Республики Казахстан');
    expect(text).toContain('не передаются третьим лицам');
    expect(text).toContain('Я вправе отозвать настоящее согласие');
    expect(text).not.toContain('Законный представитель');
  });

  it('is registered without an entity row, with an audit row of who printed it', async () => {
    const { doc } = await consentText({ category: 'adult', applicant: ADULT });
    const row = desk.ctx.db
      .prepare('SELECT entity, entity_id AS entityId FROM printed_documents WHERE id = ?')
      .get(doc.id);
    expect(row).toEqual({ entity: 'consent_form', entityId: null });
    const audit = desk.audit({ entity: 'consent_form' });
    expect(audit.map((a) => a.action)).toEqual(['print.consent_form']);
    expect(audit[0]?.userName).toBe('Айгерім Сапарқызы Нұрланова');
  });

  it('refuses a child without a representative, or a child typed as an adult, and writes nothing', async () => {
    const before = printed('audit_log');
    const alone = await desk.call('intake.printConsentForm', { category: 'child', applicant: CHILD });
    expect(alone).toMatchObject({ ok: false, error: { code: 'representative_required' } });
    const asAdult = await desk.call('intake.printConsentForm', { category: 'adult', applicant: CHILD });
    expect(asAdult).toMatchObject({ ok: false, error: { code: 'category_age_mismatch' } });
    expect(printed('printed_documents')).toBe(0);
    expect(printed('audit_log')).toBe(before);
  });

  it('refuses a person born after today, as intake does (the same checkPeople), and writes nothing', async () => {
    const before = printed('audit_log');
    // 2026-11-25 at the desk: an IIN of a child born on 15 January 2027 is a typing mistake.
    const unborn = { ...CHILD, iin: iinFor('2027-01-15', 5, 7) };
    const r = await desk.call('intake.printConsentForm', {
      category: 'child',
      applicant: unborn,
      representative: MOTHER,
    });
    expect(r).toMatchObject({
      ok: false,
      error: { code: 'iin_invalid', params: { problem: 'future_birth_date' } },
    });
    expect(printed('printed_documents')).toBe(0);
    expect(printed('audit_log')).toBe(before);
  });
});
