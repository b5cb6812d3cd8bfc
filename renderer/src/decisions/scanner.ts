// The talon's QR code holds its register number (e.g. 2026-0001). A hand scanner in keyboard
// mode "types" it as key presses of the digit row, so what arrives depends on the layout the
// clerk has on: in the Russian layout digits stay digits, but in the Kazakh layout the digit
// row carries letters (RST KazSSR 903-90, as in Windows' KBDKAZ and X11's symbols/kz:
// 1 " · 2 ә · 3 і · 4 ң · 5 ғ · 6 , · 7 . · 8 ү · 9 ұ · 0 қ · - ө). "2026-0001" arrives as
// "әқә,өқққ"". The search reads such a run back into the number; a name never looks like one.

const KAZAKH_DIGIT_ROW: Readonly<Record<string, string>> = {
  '"': '1',
  ә: '2',
  і: '3',
  ң: '4',
  ғ: '5',
  ',': '6',
  '.': '7',
  ү: '8',
  ұ: '9',
  қ: '0',
  ө: '-',
};

const REG_NUMBER = /^\d{4}-\d{4}$/;

/** The register number a scanner typed, in either layout; null when the text is not one. */
export function readScannedRegNumber(typed: string): string | null {
  const text = typed.trim();
  if (REG_NUMBER.test(text)) return text;
  const mapped = [...text.toLowerCase()]
    .map((ch) => KAZAKH_DIGIT_ROW[ch] ?? (/[\d-]/.test(ch) ? ch : '?'))
    .join('');
  return REG_NUMBER.test(mapped) ? mapped : null;
}
