import { describe, expect, it } from 'vitest';
import { completeIin, iinCheckDigit, parseIin } from './iin.ts';

// Built by hand: 610412 4 1234 → check digit by the first pass of weights 1…11.
const first11 = '61041241234';
const weights = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11];
const byHand = [...first11].reduce((s, d, i) => s + Number(d) * (weights[i] as number), 0) % 11;

describe('IIN (ЖСН)', () => {
  it('accepts a number whose check digit is the weighted sum mod 11 and derives birth date and sex', () => {
    expect(byHand).not.toBe(10);
    const r = parseIin(`${first11}${byHand}`);
    expect(r).toEqual({
      ok: true,
      info: { iin: `${first11}${byHand}`, birthDate: '1961-04-12', sex: 'female' },
    });
  });

  it('rejects a wrong check digit', () => {
    const wrong = (byHand + 1) % 10;
    expect(parseIin(`${first11}${wrong}`)).toEqual({ ok: false, problem: 'checksum' });
  });

  it('uses the second pass of weights 3…11,1,2 when the first gives 10', () => {
    // Search a prefix whose first pass is 10; its check digit must then come from the second pass.
    let found: string | null = null;
    for (let s = 0; s < 10000 && !found; s++) {
      const p = `900101300${String(s).padStart(2, '0')}`.slice(0, 11);
      const d = [...p].map(Number);
      if (d.reduce((acc, x, i) => acc + x * (weights[i] as number), 0) % 11 === 10) found = p;
    }
    expect(found).not.toBeNull();
    const d = [...(found as string)].map(Number);
    const w2 = [3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2];
    const second = d.reduce((acc, x, i) => acc + x * (w2[i] as number), 0) % 11;
    expect(iinCheckDigit(d)).toBe(second === 10 ? null : second);
  });

  it('never accepts a number whose both passes give 10', () => {
    let neverIssued: string | null = null;
    for (let s = 0; s < 100000 && !neverIssued; s++) {
      const p = `8501014${String(s).padStart(4, '0')}`;
      if (iinCheckDigit([...p].map(Number)) === null) neverIssued = p;
    }
    expect(neverIssued).not.toBeNull();
    for (let last = 0; last <= 9; last++) {
      expect(parseIin(`${neverIssued}${last}`)).toEqual({ ok: false, problem: 'never_issued' });
    }
  });

  it.each([
    ['1', 1800, 'male'],
    ['2', 1800, 'female'],
    ['3', 1900, 'male'],
    ['4', 1900, 'female'],
    ['5', 2000, 'male'],
    ['6', 2000, 'female'],
  ])('reads century digit %s as the %s s and %s', (digit, century, sex) => {
    const iin = completeIin(`050607${digit}0001`) ?? completeIin(`050607${digit}0002`);
    const r = parseIin(iin as string);
    expect(r).toMatchObject({ ok: true, info: { birthDate: `${century + 5}-06-07`, sex } });
  });

  it.each(['0', '7', '8', '9'])('rejects the century digit %s', (digit) => {
    expect(parseIin(`050607${digit}00011`)).toEqual({ ok: false, problem: 'century' });
  });

  it.each([
    ['a month 13', '051307'],
    ['30 February', '050230'],
    ['29 February of a common year', '010229'],
    ['day 00', '050600'],
  ])('rejects an impossible date: %s', (_name, yymmdd) => {
    expect(parseIin(`${yymmdd}300011`)).toEqual({ ok: false, problem: 'date' });
  });

  it('accepts 29 February of a leap year', () => {
    expect(parseIin(completeIin('00022950001') ?? completeIin('00022950002') ?? '')).toMatchObject({
      ok: true,
      info: { birthDate: '2000-02-29' },
    });
  });

  it('says whether the length or the characters are wrong', () => {
    expect(parseIin('12345')).toEqual({ ok: false, problem: 'length' });
    expect(parseIin('61041241234X')).toEqual({ ok: false, problem: 'digits' });
    // Spaces a scanner or a paste leaves around the number are not the person's fault.
    expect(parseIin(` ${first11}${byHand} `)).toMatchObject({ ok: true });
  });
});
