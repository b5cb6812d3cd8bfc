import { ERROR_CODES } from '../../../shared/contract/result.ts';
import { complaintsTexts } from '../complaints/texts.ts';
import { PLACE_TEXTS } from './all-texts.ts';
import { errorsTexts, issuesTexts } from './contract-texts.ts';
import { describeError, fieldLabel, issueText } from './errors.ts';
import { createI18n } from './index.ts';
import { placeTexts } from './place-texts.ts';

function keysOf(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix];
  return Object.entries(value).flatMap(([k, v]) => keysOf(v, prefix ? `${prefix}.${k}` : k));
}

const CONTRACT_ISSUES = [
  'iin_length',
  'iin_digits',
  'iin_century',
  'iin_date',
  'iin_checksum',
  'iin_never_issued',
  'phone_format',
  'login_format',
  'representative_only_for_child',
  'unknown_document:pmpk_conclusion',
  'time_zone_unknown',
  'date_range',
  'text_control',
  'text_bidi',
  'text_surrogate',
  'text_line_break',
  'duplicate_document',
  'iin_implausible_age',
];

/** Every place's texts (place-texts.ts), each with its prefix. */
const TEXTS = PLACE_TEXTS.map((p) => ({ name: p.prefix, kk: p.texts.kk, ru: p.texts.ru }));

function textAt(tree: unknown, key: string): unknown {
  return key.split('.').reduce<unknown>((o, s) => (o as Record<string, unknown>)[s], tree);
}

describe("every place's Kazakh and Russian texts", () => {
  it.each(TEXTS)('have exactly the same keys: $name', ({ kk, ru }) => {
    const kkKeys = keysOf(kk).sort();
    const ruKeys = keysOf(ru).sort();
    expect(kkKeys.filter((k) => !ruKeys.includes(k))).toEqual([]);
    expect(ruKeys.filter((k) => !kkKeys.includes(k))).toEqual([]);
  });

  it.each(TEXTS)('leave no text empty: $name', (texts) => {
    for (const lang of ['kk', 'ru'] as const) {
      const empty = keysOf(texts[lang]).filter((k) => {
        const v = textAt(texts[lang], k);
        return typeof v !== 'string' || v.trim() === '';
      });
      expect(empty).toEqual([]);
    }
  });

  it('give every place its own prefix', () => {
    const prefixes = PLACE_TEXTS.map((p) => p.prefix);
    expect(new Set(prefixes).size).toBe(prefixes.length);
  });

  it.each(['kk', 'ru'] as const)(
    "reach every place's texts through the desk's instance, in its language (%s)",
    (lang) => {
      const i18n = createI18n(lang);
      for (const place of PLACE_TEXTS) {
        for (const key of keysOf(place.texts[lang])) {
          expect(place.tIn(i18n)(key as never), key).toBe(textAt(place.texts[lang], key));
        }
      }
    },
  );

  it("switches a place's texts with the language, as every other text", async () => {
    const i18n = createI18n('kk');
    const tp = complaintsTexts.tIn(i18n);
    expect(tp('title')).toBe('Шағымдар журналы');
    await i18n.changeLanguage('ru');
    expect(tp('title')).toBe(complaintsTexts.texts.ru.title);
    expect(tp('title')).not.toBe('Шағымдар журналы');
  });

  it("hold a place's texts from its first use, and the errors' from the start (issue 12)", () => {
    // A place's texts come with its chunk: a new instance has the errors' words, not the journal's.
    const i18n = createI18n('ru');
    expect(i18n.exists('complaints.title')).toBe(false);
    expect(describeError(i18n, { code: 'attachment_rejected', params: {} })[0]?.text).toBe(
      errorsTexts.texts.ru.attachment_rejected,
    );
    expect(complaintsTexts.tIn(i18n)('title')).toBe(complaintsTexts.texts.ru.title);
    expect(i18n.exists('complaints.title')).toBe(true);
  });

  it('refuse to compile a place whose Russian half has a key missing, one too many, or a group for a text', () => {
    // Checked by `tsc`: each @ts-expect-error fails the type check if the call stops being an error.
    const kk = { title: 'Тақырып', group: { line: 'Жол' } };
    const missing = { title: 'Заголовок', group: {} };
    const extra = { title: 'Заголовок', group: { line: 'Строка', more: 'Ещё' } };
    const wrongKind = { title: { line: 'Заголовок' }, group: { line: 'Строка' } };
    // @ts-expect-error group.line is missing in Russian
    placeTexts('sample', kk, missing);
    // @ts-expect-error group.more is not in Kazakh
    placeTexts('sample', kk, extra);
    // @ts-expect-error title is a text in Kazakh, a group in Russian
    placeTexts('sample', kk, wrongKind);
    const sample = placeTexts('sample', kk, { title: 'Заголовок', group: { line: 'Строка' } });
    const i18n = createI18n('ru');
    sample.addTo(i18n);
    expect(sample.tIn(i18n)('group.line')).toBe('Строка');
    // @ts-expect-error a key the place does not have
    expect(sample.tIn(i18n)('group.more')).toBe('sample.group.more');
    // @ts-expect-error i18next's own `t` knows no keys: every text is reached through a place
    expect(i18n.t('sample.title')).toBe('Заголовок');
  });

  it.each(['kk', 'ru'] as const)('translate every error code of the contract (%s)', (lang) => {
    const i18n = createI18n(lang);
    for (const code of ERROR_CODES) {
      const [first] = describeError(i18n, { code, params: {} });
      expect(first?.text, code).toBeTruthy();
      expect(first?.text, code).not.toMatch(/^errors\.|^issues\./);
      expect(i18n.exists(`errors.${code}`), code).toBe(true);
    }
  });

  it.each(['kk', 'ru'] as const)(
    'translate every issue message of the contract, naming the field (%s)',
    (lang) => {
      const i18n = createI18n(lang);
      const generic = issuesTexts.tIn(i18n)('generic', { field: fieldLabel(i18n, 'applicant.iin') });
      for (const message of CONTRACT_ISSUES) {
        const text = issueText(i18n, { path: 'applicant.iin', message });
        expect(text, message).toContain(fieldLabel(i18n, 'applicant.iin'));
        expect(text, message).not.toBe(generic);
      }
    },
  );

  it('falls back to "check this field" for zod messages, naming the field', () => {
    const ru = createI18n('ru');
    expect(
      issueText(ru, {
        path: 'representative.lastName',
        message: 'Too small: expected string to have >=1 characters',
      }),
    ).toBe('Фамилия представителя: проверьте это поле');
    expect(issueText(ru, { path: 'office.name.kk', message: 'Invalid input' })).toBe(
      'Название (на казахском): проверьте это поле',
    );
    expect(issueText(ru, { path: 'documents.3.code', message: 'Too big' })).toBe(
      'Документы: проверьте это поле',
    );
    expect(issueText(ru, { path: 'nowhere', message: 'Invalid' })).toBe('Это поле: проверьте это поле');
  });

  it('names §12 documents of package_incomplete through the caller, not the texts', () => {
    const kk = createI18n('kk');
    const [placed] = describeError(
      kk,
      { code: 'package_incomplete', params: { missing: 'identity,pmpk_conclusion' } },
      { documentNames: (codes) => codes.map((c) => `<${c}>`).join(', ') },
    );
    expect(placed).toEqual({ path: 'documents', text: 'Құжаттар толық емес: <identity>, <pmpk_conclusion>' });
  });
});
