import { describe, expect, it } from 'vitest';
import { namesPerson } from './names-person.ts';

const HEAD = 'Бауыржан Серікұлы Сейтқали';

describe('whether a written name names a user', () => {
  it.each([
    'Бауыржан Серікұлы Сейтқали',
    'СЕЙТҚАЛИ Бауыржан',
    'Сейтқали Б. С.',
    'Сейтқали',
    'сейтқали,  бауыржан',
  ])('finds the user in "%s"', (written) => {
    expect(namesPerson(written, HEAD)).toBe(true);
  });

  it.each([null, '', 'Б. С.', 'Сейтқалиев Бауыржан', 'Сейтқали А.', 'Нұрланова А. С.'])(
    'does not find the user in "%s"',
    (written) => {
      expect(namesPerson(written, HEAD)).toBe(false);
    },
  );

  it('reads ё as е, as people write it', () => {
    expect(namesPerson('Фёдорова Ольга', 'Ольга Федорова')).toBe(true);
  });
});
