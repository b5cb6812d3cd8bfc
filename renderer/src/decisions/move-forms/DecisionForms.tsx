// The decision (§16, §17), taken by the head or the deputy on an order: to serve, with the date
// services start and the social worker; or to refuse, on a §17 ground explained in words.

import { useDesk } from '../../desk.tsx';
import { useFieldsT } from '../../i18n/contract-texts.ts';
import { messagesAt } from '../../i18n/errors.ts';
import { currentLang } from '../../i18n/index.ts';
import { FieldMessages } from '../../ui/Field.tsx';
import { LanguageOptions } from '../../ui/LanguageOptions.tsx';
import { useDecisionsT } from '../texts.ts';
import { type MoveFormProps, MoveFrame, useMoveForm } from './fields.tsx';

export function ApproveForm(props: MoveFormProps) {
  const form = useMoveForm(props, { orderDate: props.today, servicesFrom: props.today });
  const { text, date } = form;
  return (
    <MoveFrame
      move="approve"
      onDone={props.onDone}
      record={() =>
        form.store.getState().move('decisions.approve', {
          ...form.at,
          ...form.values('orderNumber', 'orderDate', 'servicesFrom', 'socialWorker', 'serviceUnit'),
          ...form.noteInput,
        })
      }
    >
      {text('orderNumber')}
      {date('orderDate')}
      {date('servicesFrom')}
      {text('socialWorker')}
      {text('serviceUnit', { optional: true })}
    </MoveFrame>
  );
}

export function RefuseForm(props: MoveFormProps) {
  const { tp, i18n } = useDecisionsT();
  const { tp: tf } = useFieldsT();
  const documentLanguage = useDesk().session.getState().office?.documentLanguage;
  // §17: the explanation goes unchanged into the letter of its own language (the office's letters'
  // language unless the head writes in the other one); the other letter gets its own text.
  const form = useMoveForm(props, {
    orderDate: props.today,
    ground: '',
    explanationLang: documentLanguage ?? currentLang(i18n),
  });
  const { v, set, id, text, date } = form;
  const lang = currentLang(i18n);
  return (
    <MoveFrame
      move="refuse"
      onDone={props.onDone}
      danger
      record={() =>
        form.store.getState().move('decisions.refuse', {
          ...form.at,
          ...form.values('orderNumber', 'orderDate', 'ground', 'explanation'),
          explanationLang: v.explanationLang === 'ru' ? 'ru' : 'kk',
        })
      }
    >
      {text('orderNumber')}
      {date('orderDate')}
      <fieldset className="field field-wide grounds" aria-describedby={`${id('ground')}-error`}>
        <legend>{tf('ground')}</legend>
        {props.file.refusalGrounds.map((g) => (
          <label key={g.code} className="radio">
            <input
              type="radio"
              name={id('ground')}
              value={g.code}
              checked={v.ground === g.code}
              onChange={() => set('ground')(g.code)}
            />
            {g.item}) {g.text[lang]}
          </label>
        ))}
        <FieldMessages id={id('ground')} errors={messagesAt(props.placed, 'ground')} />
      </fieldset>
      {form.textArea('explanation', tf('explanation'))}
      <div className="field">
        <label htmlFor={id('explanationLang')}>{tp('panel.explanationLang')}</label>
        <select
          id={id('explanationLang')}
          value={v.explanationLang}
          onChange={(e) => set('explanationLang')(e.target.value)}
        >
          <LanguageOptions />
        </select>
      </div>
    </MoveFrame>
  );
}
