// The notification letter of a decision (§16): its outgoing number and addressee once printed,
// the language to print it in, and every copy printed. A refusal's explanation is printed in the
// letter's language only (§17): the first letter in the other language asks for that text here.

import { useState } from 'react';
import type { DecisionFile } from '../../../shared/contract/decisions.ts';
import { formatLocalDate } from '../../../shared/domain/office-time.ts';
import type { Lang } from '../../../shared/standard/service-definition.ts';
import { useApplicationsT } from '../applications/texts.ts';
import { useDecisions, useDesk } from '../desk.tsx';
import { useCommonT } from '../i18n/common-texts.ts';
import { describeError, messagesAt } from '../i18n/errors.ts';
import { currentLang } from '../i18n/index.ts';
import { LanguageOptions } from '../ui/LanguageOptions.tsx';
import { PrintedList } from '../ui/PrintedList.tsx';
import { TextArea } from './move-forms/fields.tsx';
import { useDecisionsT } from './texts.ts';

export function LetterBox({ file }: { file: DecisionFile }) {
  const { tp, i18n } = useDecisionsT();
  const { tp: tc } = useCommonT();
  const { tp: ta } = useApplicationsT();
  const desk = useDesk();
  const store = desk.decisions;
  const busy = useDecisions((s) => s.busy);
  const error = useDecisions((s) => s.error);
  const [explanation, setExplanation] = useState('');
  const office = desk.session.getState().office;
  const [lang, setLang] = useState<Lang>(office?.documentLanguage ?? currentLang(i18n));
  // Issue 13: large print as the applicant asked (the main side knows), or the clerk's choice.
  const [size, setSize] = useState<'asAsked' | 'large' | 'standard'>('asAsked');
  const timeZone = office?.office.timeZone;
  if (!file.decision) return null;
  const letter = file.letter;
  const printed = letter?.printed ?? [];
  // The main side said the letter in this language needs the explanation written in it.
  const placed = error ? describeError(i18n, error) : [];
  const asked = error?.code === 'invalid_input' && (error.issues ?? []).some((i) => i.path === 'explanation');
  return (
    <section className="letter-box" aria-labelledby="letter-title">
      <h3 id="letter-title">{tp('panel.letter')}</h3>
      {letter ? (
        <p>
          {tp('panel.letterInfo', {
            number: letter.outNumber,
            date: formatLocalDate(letter.letterDate),
            name: letter.addresseeName,
            address: letter.addresseeAddress,
          })}
        </p>
      ) : (
        <p className="hint">{tp('panel.noLetter')}</p>
      )}
      <div className="row">
        <div className="field">
          <label htmlFor="letter-lang">{tp('panel.letterLanguage')}</label>
          <select id="letter-lang" value={lang} onChange={(e) => setLang(e.target.value as Lang)}>
            <LanguageOptions />
          </select>
        </div>
        <div className="field">
          <label htmlFor="letter-size">{tp('panel.letterSize')}</label>
          <select id="letter-size" value={size} onChange={(e) => setSize(e.target.value as typeof size)}>
            {(['asAsked', 'large', 'standard'] as const).map((v) => (
              <option key={v} value={v}>
                {tp(`panel.letterSizes.${v}`)}
              </option>
            ))}
          </select>
        </div>
        <button
          id="print-letter"
          type="button"
          className={printed.length ? 'secondary' : 'primary'}
          disabled={busy}
          onClick={() =>
            void store
              .getState()
              .printLetter(
                lang,
                asked ? explanation : undefined,
                size === 'asAsked' ? undefined : size === 'large',
              )
          }
        >
          {printed.length ? tp('panel.reprintLetter') : tp('panel.printLetter')}
        </button>
      </div>
      {asked && (
        <TextArea
          id="letter-explanation"
          label={tp('panel.explanationIn', { language: tc(`languages.${lang}Full`) })}
          value={explanation}
          onChange={setExplanation}
          errors={messagesAt(placed, 'explanation')}
        />
      )}
      {printed.length > 0 && (
        <PrintedList
          docs={printed}
          kindName={() => ta('kinds.notification')}
          onOpen={(id) => void store.getState().openDocument(id)}
          timeZone={timeZone}
        />
      )}
    </section>
  );
}
