// A postal address as a form holds it: its parts as typed, the office's oblast and district
// prefilled (Settings → office), and how it becomes the contract's input. An address kept as free
// text from before the parts (migration 0011) is sent back unchanged until the clerk types parts.

import type { PostalAddressInput } from '../../../shared/contract/common.ts';
import type { OfficeSettings } from '../../../shared/contract/settings.ts';
import type { PostalAddress } from '../../../shared/domain/postal-address.ts';

/** The parts in the order the form asks for them (the paper prints them in Kazpost's order). */
export const ADDRESS_PARTS = [
  'oblast',
  'district',
  'settlement',
  'street',
  'house',
  'flat',
  'postcode',
] as const;
export type AddressPart = (typeof ADDRESS_PARTS)[number];
export type PostalAddressDraft = Record<AddressPart, string>;

export const OPTIONAL_PARTS: ReadonlySet<AddressPart> = new Set(['district', 'street', 'house', 'flat']);

export const emptyPostalAddress = (): PostalAddressDraft => ({
  oblast: '',
  district: '',
  settlement: '',
  street: '',
  house: '',
  flat: '',
  postcode: '',
});

/** The office's own oblast and district, in the clerk's language, where the form has none yet. */
export function withOfficeArea(
  d: PostalAddressDraft,
  area: OfficeSettings['office']['area'] | undefined,
  lang: 'kk' | 'ru',
): PostalAddressDraft {
  if (!area || d.oblast || d.district) return d;
  return { ...d, oblast: area.oblast[lang], district: area.district[lang] };
}

export function postalAddressDraftOf(p: PostalAddress | null): PostalAddressDraft {
  if (!p) return emptyPostalAddress();
  return {
    oblast: p.oblast,
    district: p.district ?? '',
    settlement: p.settlement,
    street: p.street ?? '',
    house: p.house ?? '',
    flat: p.flat ?? '',
    postcode: p.postcode,
  };
}

/** Whether the clerk typed anything of their own (the prefilled oblast and district do not count). */
export function partsTyped(d: PostalAddressDraft): boolean {
  return [d.settlement, d.street, d.house, d.flat, d.postcode].some((v) => v.trim() !== '');
}

/**
 * What the form sends: the parts, or — while none were typed — the free text kept from before
 * (`legacy`), so an old address stays as it was. With neither, the parts go as they are and the
 * contract names each missing one.
 */
export function addressInputOf(
  d: PostalAddressDraft,
  legacy: string,
): { address: string | null; postalAddress: PostalAddressInput | null } {
  if (!partsTyped(d) && legacy.trim()) return { address: legacy, postalAddress: null };
  return { address: null, postalAddress: { ...d } };
}
