import { ERROR_CODES } from '../../../shared/contract/result.ts';
import { describeError, fieldLabel, issueText } from './errors.ts';
import { CATALOGUES, createI18n } from './index.ts';

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
];

describe('the Kazakh and Russian catalogues', () => {
  it('have exactly the same keys', () => {
    const kk = keysOf(CATALOGUES.kk).sort();
    const ru = keysOf(CATALOGUES.ru).sort();
    expect(kk.filter((k) => !ru.includes(k))).toEqual([]);
    expect(ru.filter((k) => !kk.includes(k))).toEqual([]);
  });

  it('leave no text empty', () => {
    for (const lang of ['kk', 'ru'] as const) {
      const empty = keysOf(CATALOGUES[lang]).filter((k) => {
        const v = k.split('.').reduce<unknown>((o, s) => (o as Record<string, unknown>)[s], CATALOGUES[lang]);
        return typeof v !== 'string' || v.trim() === '';
      });
      expect(empty).toEqual([]);
    }
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
      const generic = i18n.t('issues.generic', { field: fieldLabel(i18n, 'applicant.iin') });
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

  it('names §12 documents of package_incomplete through the caller, not the catalogue', () => {
    const kk = createI18n('kk');
    const [placed] = describeError(
      kk,
      { code: 'package_incomplete', params: { missing: 'identity,pmpk_conclusion' } },
      { documentNames: (codes) => codes.map((c) => `<${c}>`).join(', ') },
    );
    expect(placed).toEqual({ path: 'documents', text: 'Құжаттар толық емес: <identity>, <pmpk_conclusion>' });
  });
});
