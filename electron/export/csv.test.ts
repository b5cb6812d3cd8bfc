import { describe, expect, it } from 'vitest';
import { writeCsv } from './csv.ts';

const columns = [
  { header: 'Аты', width: 10, value: (r: { name: string; n: number | null }) => r.name },
  { header: 'Саны', width: 5, value: (r: { name: string; n: number | null }) => r.n },
];

describe('a desk table as CSV', () => {
  it('starts with a byte-order mark, separates by ; and quotes what needs quoting', () => {
    const text = writeCsv(columns, [{ name: 'Қасымова; "Гүлнәр"', n: 3 }]).toString('utf8');
    expect(text).toBe('\uFEFFАты;Саны\r\n"Қасымова; ""Гүлнәр""";3\r\n');
  });

  it('never lets a typed value open as a formula', () => {
    const text = writeCsv(columns, [{ name: '=HYPERLINK("http://x")', n: -1 }]).toString('utf8');
    expect(text.split('\r\n')[1]).toBe(`"'=HYPERLINK(""http://x"")";-1`);
  });
});
