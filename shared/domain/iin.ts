// Individual identification number (ЖСН / ИИН) of the Republic of Kazakhstan:
// YYMMDD, a century-and-sex digit, four serial digits, a check digit.
// The check digit is Σ dᵢ·wᵢ mod 11 with w = 1…11; when that is 10 the sum is taken again
// with w = 3…11,1,2; a second 10 means the number is never issued.

export type IinProblem = 'length' | 'digits' | 'century' | 'date' | 'checksum' | 'never_issued';

export interface IinInfo {
  iin: string;
  birthDate: string; // YYYY-MM-DD
  sex: 'male' | 'female';
}

export type IinResult = { ok: true; info: IinInfo } | { ok: false; problem: IinProblem };

const W1 = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11];
const W2 = [3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2];

/** The check digit for the first 11 digits, or null when no digit can complete them. */
export function iinCheckDigit(first11: readonly number[]): number | null {
  const sum = (w: number[]) => first11.reduce((s, d, i) => s + d * (w[i] as number), 0) % 11;
  const a = sum(W1);
  if (a !== 10) return a;
  const b = sum(W2);
  return b === 10 ? null : b;
}

const CENTURY: Record<number, number> = { 1: 1800, 2: 1800, 3: 1900, 4: 1900, 5: 2000, 6: 2000 };

export function parseIin(raw: string): IinResult {
  const iin = raw.trim();
  if (!/^\d*$/.test(iin)) return { ok: false, problem: 'digits' };
  if (iin.length !== 12) return { ok: false, problem: 'length' };
  const d = [...iin].map(Number);
  const centuryDigit = d[6] as number;
  const century = CENTURY[centuryDigit];
  if (century === undefined) return { ok: false, problem: 'century' };
  const year = century + Number(iin.slice(0, 2));
  const month = Number(iin.slice(2, 4));
  const day = Number(iin.slice(4, 6));
  const probe = new Date(Date.UTC(year, month - 1, day));
  if (
    month < 1 ||
    month > 12 ||
    probe.getUTCFullYear() !== year ||
    probe.getUTCMonth() !== month - 1 ||
    probe.getUTCDate() !== day
  ) {
    return { ok: false, problem: 'date' };
  }
  const check = iinCheckDigit(d.slice(0, 11));
  if (check === null) return { ok: false, problem: 'never_issued' };
  if (check !== d[11]) return { ok: false, problem: 'checksum' };
  const birthDate = `${year}-${iin.slice(2, 4)}-${iin.slice(4, 6)}`;
  return { ok: true, info: { iin, birthDate, sex: centuryDigit % 2 === 1 ? 'male' : 'female' } };
}

/** Completes 11 digits into a valid IIN (demo data and tests), or null if none exists. */
export function completeIin(first11: string): string | null {
  const check = iinCheckDigit([...first11].map(Number));
  return check === null ? null : `${first11}${check}`;
}
