// WCAG 2.2's contrast ratio of two colours as the page computes them (`rgb(r, g, b)`): the
// waiting-room number (AAA, 7:1) and the desk's focus ring (1.4.11, 3:1) are measured with it.

/** WCAG 2.2's relative luminance of a computed `rgb(r, g, b)` colour. */
function luminance(rgb: string): number {
  const parts = rgb
    .match(/[\d.]+/g)
    ?.slice(0, 3)
    .map(Number);
  if (parts?.length !== 3) throw new Error(`not a colour: ${rgb}`);
  const [r, g, b] = parts.map((v) => {
    const c = v / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** The contrast ratio of two computed colours (1 to 21). */
export function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}
