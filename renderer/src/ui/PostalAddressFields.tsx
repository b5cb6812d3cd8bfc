// The parts of a postal address (oblast, district, settlement, street, house, flat, postcode) for
// the intake's people and the complainant; the office's oblast and district are prefilled. An
// address kept as free text from before the parts is shown, and kept until parts are typed.

import { useEffect } from 'react';
import { useSession } from '../desk.tsx';
import { useFieldsT } from '../i18n/contract-texts.ts';
import { messagesAt, type Placed } from '../i18n/errors.ts';
import { currentLang } from '../i18n/index.ts';
import { FieldMessages, TextField } from './Field.tsx';
import {
  ADDRESS_PARTS,
  type AddressPart,
  OPTIONAL_PARTS,
  type PostalAddressDraft,
  partsTyped,
  withOfficeArea,
} from './postal-address.ts';

interface Props {
  /** The contract path of the address, e.g. `applicant.postalAddress`; ids are made from it. */
  path: string;
  value: PostalAddressDraft;
  onChange: (value: PostalAddressDraft) => void;
  /** The free text kept from before the parts, shown while no part is typed. */
  legacy?: string;
  placed: readonly Placed[];
}

export function PostalAddressFields({ path, value, onChange, legacy, placed }: Props) {
  const { tp: tf, i18n } = useFieldsT();
  const area = useSession((s) => s.office?.office.area);
  const lang = currentLang(i18n);
  const prefilled = withOfficeArea(value, area, lang);
  useEffect(() => {
    if (prefilled !== value) onChange(prefilled);
  }, [prefilled, value, onChange]);
  const id = (part: AddressPart) => `${path.replace(/\./g, '-')}-${part}`;
  return (
    <fieldset className="plain postal-address field-wide">
      <legend>{tf('postalAddress._')}</legend>
      {/* What is said of the address as a whole (e.g. "an address or an e-mail is needed"). */}
      <FieldMessages id={path.replace(/\./g, '-')} errors={messagesAt(placed, path, true)} />
      {legacy && !partsTyped(value) && (
        <p className="hint">{tf('postalAddress.legacy', { address: legacy })}</p>
      )}
      <div className="person-fields">
        {ADDRESS_PARTS.map((part) => (
          <TextField
            key={part}
            id={id(part)}
            label={tf(`postalAddress.${part}`)}
            value={value[part]}
            onChange={(v) =>
              onChange({ ...value, [part]: part === 'postcode' ? v.replace(/\D/g, '').slice(0, 6) : v })
            }
            optional={OPTIONAL_PARTS.has(part)}
            errors={messagesAt(placed, `${path}.${part}`)}
            maxLength={part === 'street' ? 150 : part === 'postcode' ? 6 : 100}
            {...(part === 'postcode' ? { inputMode: 'numeric' as const } : {})}
          />
        ))}
      </div>
    </fieldset>
  );
}
