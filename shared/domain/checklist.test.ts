import { describe, expect, it } from 'vitest';
import { STANDARD_2008 } from '../standard/service-definition.ts';
import { checkPackage, documentName, requiredDocuments } from './checklist.ts';

const codes = (category: 'adult' | 'child') => requiredDocuments(STANDARD_2008, category).map((d) => d.item);
const marks = (category: 'adult' | 'child') =>
  requiredDocuments(STANDARD_2008, category).map((d) => ({
    code: d.code,
    originalSeenReturned: true,
    copyReceived: true,
  }));

describe('§12 checklist', () => {
  it('asks an adult for items 1–8 and a child for items 1–7 and 9', () => {
    expect(codes('adult')).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(codes('child')).toEqual([1, 2, 3, 4, 5, 6, 7, 9]);
  });

  it('names the birth certificate instead of the identity document for a child', () => {
    const identity = STANDARD_2008.documents.find((d) => d.code === 'identity');
    expect(identity && documentName(identity, 'child', 'kk')).toBe('Туу туралы куәліктің көшірмесі');
    expect(identity && documentName(identity, 'adult', 'ru')).toBe(
      'Копия документа, удостоверяющего личность',
    );
  });

  it('is complete only when every applicable document has its original seen and its copy received', () => {
    expect(checkPackage(STANDARD_2008, 'adult', marks('adult'))).toMatchObject({
      complete: true,
      missing: [],
    });
    const noCopy = marks('child').map((m) =>
      m.code === 'pmpk_conclusion' ? { ...m, copyReceived: false } : m,
    );
    const verdict = checkPackage(STANDARD_2008, 'child', noCopy);
    expect(verdict.complete).toBe(false);
    expect(verdict.missing.map((d) => d.item)).toEqual([9]);
  });

  it('does not let the adult-only programme stand in for the child-only ПМПК conclusion', () => {
    const childWithAdultDocs = checkPackage(STANDARD_2008, 'child', marks('adult'));
    expect(childWithAdultDocs.missing.map((d) => d.code)).toEqual(['pmpk_conclusion']);
    expect(childWithAdultDocs.notApplicable).toEqual(['rehabilitation_programme']);
  });
});
