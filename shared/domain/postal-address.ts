// A postal address in its parts, as Kazpost reads it. The order of the lines is Kazpost's
// addressing format for Kazakhstan (UPU, as quoted at en.youbianku.com/Kazakhstan: "line 1
// family name + first name + patronymic; line 2 thoroughfare name + building number + apartment
// number; line 3 locality name + district name; line 4 province name; … postcode", e.g.
// "Ulica Mira, dom 14, kvartira 6 / Kaskelen, Karasai raion / ALMATY oblast / 040900"): the name,
// then the street with the house and the flat, the settlement with the district, the oblast, and
// the six-digit postcode last. Addresses typed before the parts existed are free text and are
// shown and printed as they were typed (one line).

export interface PostalAddress {
  oblast: string;
  /** Null for a city of oblast or republican significance, which is in no district. */
  district: string | null;
  settlement: string;
  /** Null in a village whose houses have no street. */
  street: string | null;
  house: string | null;
  flat: string | null;
  /** Six digits (Kazpost's postcodes). */
  postcode: string;
}

export const POSTCODE = /^\d{6}$/;

/** How a house and a flat are written in each language ("12-үй, 5-пәтер" / "д. 12, кв. 5"). */
const UNITS = {
  kk: { house: (h: string) => `${h}-үй`, flat: (f: string) => `${f}-пәтер` },
  ru: { house: (h: string) => `д. ${h}`, flat: (f: string) => `кв. ${f}` },
} as const;

/** The address lines under the addressee's name, in Kazpost's order (the name is the caller's). */
export function addressLines(a: PostalAddress, lang: 'kk' | 'ru'): string[] {
  const u = UNITS[lang];
  const street = [a.street, a.house ? u.house(a.house) : null, a.flat ? u.flat(a.flat) : null].filter(
    (p): p is string => Boolean(p),
  );
  return [
    street.join(', '),
    [a.settlement, a.district].filter(Boolean).join(', '),
    a.oblast,
    a.postcode,
  ].filter((l) => l !== '');
}

/**
 * The address on one line, for the screens, the search and the postal register (and the free-text
 * column every record keeps, so nothing that reads it needs to know of the parts).
 */
export function addressText(a: PostalAddress, lang: 'kk' | 'ru'): string {
  return addressLines(a, lang).join(', ');
}

/** The lines to print: the parts when the address has them, else the free text as typed. */
export function printedAddressLines(free: string, parts: PostalAddress | null, lang: 'kk' | 'ru'): string[] {
  return parts ? addressLines(parts, lang) : [free];
}

/**
 * What is stored of an address typed either way: its parts with their one-line text, or the
 * free text alone (an address from before the parts, kept as typed).
 */
export function storedAddress(
  free: string | null,
  parts: PostalAddress | null,
  lang: 'kk' | 'ru',
): { text: string | null; parts: PostalAddress | null } {
  return parts ? { text: addressText(parts, lang), parts } : { text: free, parts: null };
}

/** The parts as the database keeps them (a JSON column), or null. */
export function partsToJson(parts: PostalAddress | null): string | null {
  return parts ? JSON.stringify(parts) : null;
}

export function partsFromJson(json: string | null): PostalAddress | null {
  return json ? (JSON.parse(json) as PostalAddress) : null;
}
