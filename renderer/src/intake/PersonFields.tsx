// Names, phone and postal address (in its parts) of the applicant or of the legal representative.

import { useFieldsT } from '../i18n/contract-texts.ts';
import type { Placed } from '../i18n/errors.ts';
import { messagesAt } from '../i18n/errors.ts';
import { TextField } from '../ui/Field.tsx';
import { PostalAddressFields } from '../ui/PostalAddressFields.tsx';
import type { PostalAddressDraft } from '../ui/postal-address.ts';
import type { PersonDraft } from './draft.ts';
import { fieldId } from './messages.ts';

type Editable = Exclude<keyof PersonDraft, 'iin' | 'address' | 'postalAddress'>;

interface Props {
  who: 'applicant' | 'representative';
  person: PersonDraft;
  onChange: (field: Editable, value: string) => void;
  onAddress: (value: PostalAddressDraft) => void;
  placed: readonly Placed[];
}

export function PersonFields({ who, person, onChange, onAddress, placed }: Props) {
  const { tp: tf } = useFieldsT();
  const field = (name: Editable, extra: { optional?: boolean; wide?: boolean; type?: string } = {}) => {
    const path = `${who}.${name}`;
    return (
      <TextField
        id={fieldId(path)}
        label={tf(`${who}.${name}`)}
        value={person[name]}
        onChange={(v) => onChange(name, v)}
        errors={messagesAt(placed, path)}
        optional={extra.optional}
        wide={extra.wide}
        type={extra.type}
        maxLength={80}
      />
    );
  };
  return (
    <div className="person-fields">
      {field('lastName')}
      {field('firstName')}
      {field('middleName', { optional: true })}
      {field('phone', { optional: true, type: 'tel' })}
      <PostalAddressFields
        path={`${who}.postalAddress`}
        value={person.postalAddress}
        onChange={onAddress}
        legacy={person.address}
        placed={placed}
      />
    </div>
  );
}
