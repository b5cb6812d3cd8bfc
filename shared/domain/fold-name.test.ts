import { describe, expect, it } from 'vitest';
import { foldedFullName, foldName, indexWords, searchWords } from './fold-name.ts';

describe('a name folded for search', () => {
  it('is the same for any case and for the Kazakh and the Russian spelling', () => {
    const kazakh = ['қасым', 'Қасым', 'ҚАСЫМ', 'Касым', 'КАСЫМ'].map(foldName);
    expect(new Set(kazakh)).toEqual(new Set(['касым']));
    expect(foldName('Гүлнәр')).toBe(foldName('Гульнар'));
    expect(foldName('Өмірбекова Іңкәр Һадиқызы')).toBe(foldName('Омирбекова Инкар Хадикызы'));
    expect(foldName('Ғалым Ұлан Үміт')).toBe('галым улан умит');
    expect(foldName('Семёнов')).toBe(foldName('Семенов'));
  });

  it('keeps what it does not fold: Latin letters lowered, digits, the other Russian letters', () => {
    expect(foldName('  Ivan  ЩЫЙ 2026-0001 ')).toBe('ivan щый 2026-0001');
  });

  it('is kept as words split at spaces and hyphens', () => {
    expect(searchWords('Петрова-Иванова  Анна')).toEqual(['петрова', 'иванова', 'анна']);
    expect(foldedFullName({ lastName: 'Қасымова', firstName: 'Гүлнәр', middleName: 'Әбілқызы' })).toBe(
      'касымова гулнар абилкызы',
    );
    expect(foldedFullName({ lastName: 'Иванов', firstName: 'Олег', middleName: null })).toBe('иванов олег');
  });

  it('is indexed as letters and digits only, so an apostrophe or a dot neither splits nor hides a name', () => {
    expect(indexWords("О'Нил Д'Артаньян-Ким")).toEqual(['онил', 'дартанян', 'ким']);
    expect(indexWords('Абай Құнанбайұлы')).toEqual(['абай', 'кунанбайулы']);
    expect(indexWords('% " * ъ')).toEqual([]);
  });
});
