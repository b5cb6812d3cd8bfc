// Settings → the call, spoken (issue 13): on or off, the volume, the languages and their order,
// each event's phrase in Kazakh and Russian, and a button to hear the call of A-015 as the
// waiting room would. The head's or the administrator's (settings.setVoice); everyone sees it.

import { useMemo, useState } from 'react';
import { roleMayCall } from '../../../shared/contract/roles.ts';
import type { VoiceSettings as Voice } from '../../../shared/contract/voice.ts';
import { announcementTexts, SPOKEN_EVENTS, type SpokenLang } from '../../../shared/domain/spoken-call.ts';
import { definitionFor } from '../../../shared/standard/service-definition.ts';
import { useDesk, useSession, useSettings } from '../desk.tsx';
import { type Chime, webAudioChime } from '../display/chime.ts';
import { useCommonT } from '../i18n/common-texts.ts';
import { describeError, messagesAt, messagesAtTop } from '../i18n/errors.ts';
import { Notice } from '../ui/Announcer.tsx';
import { NumberField, TextField, TopErrors } from '../ui/Field.tsx';
import { useSettingsT } from './texts.ts';

const ORDERS = ['kk,ru', 'ru,kk', 'kk', 'ru'] as const;
const SAMPLE = 'A-015';
const SHOWN = [
  'volume',
  'languages',
  ...SPOKEN_EVENTS.flatMap((e) => [`phrases.${e}.kk`, `phrases.${e}.ru`]),
];

export function VoiceSettings({ sound }: { sound?: Chime }) {
  const { tp, i18n } = useSettingsT();
  const { tp: tc } = useCommonT();
  const store = useDesk().settings;
  const voice = useSettings((s) => s.draft?.voice);
  const saving = useSettings((s) => s.saving);
  const notice = useSettings((s) => s.notice);
  const error = useSettings((s) => s.voiceError);
  const role = useSession((s) => s.user?.role);
  // The page's own player, made at the first test: the engine loads only when something is said.
  const player = useMemo(() => sound ?? webAudioChime(), [sound]);
  const [testing, setTesting] = useState<'idle' | 'playing' | 'blocked'>('idle');
  if (!voice) return null;

  const mayChange = roleMayCall(role, 'settings.setVoice');
  const placed = error ? describeError(i18n, error) : [];
  const set = (change: Partial<Voice>) =>
    store.getState().patch((d) => ({ ...d, voice: { ...d.voice, ...change } }));
  const room = definitionFor('9999-12-31').receptionRoom;
  const sample = announcementTexts(voice, 'call', { number: SAMPLE, room });

  const listen = async () => {
    setTesting('playing');
    let played = await player.play();
    if (played === 'played') played = await player.say(sample, voice.volume);
    setTesting(played === 'blocked' ? 'blocked' : 'idle');
  };

  return (
    <form
      className="panel"
      aria-labelledby="voice-title"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void store.getState().saveVoice();
      }}
    >
      <h2 id="voice-title">{tp('voice.title')}</h2>
      <p className="hint">{tp('voice.explain')}</p>
      <TopErrors messages={messagesAtTop(placed, SHOWN)} />
      <fieldset className="plain" disabled={!mayChange}>
        <div className="person-fields">
          <label className="check">
            <input
              type="checkbox"
              checked={voice.enabled}
              onChange={(e) => set({ enabled: e.target.checked })}
            />
            {tp('voice.enabled')}
          </label>
          <NumberField
            id="voice-volume"
            label={tp('voice.volume')}
            value={voice.volume}
            min={0}
            max={100}
            errors={messagesAt(placed, 'volume')}
            set={(n) => set({ volume: n })}
          />
          <div className="field voice-order">
            <label htmlFor="voice-languages">{tp('voice.languages')}</label>
            <select
              id="voice-languages"
              value={voice.languages.join(',')}
              onChange={(e) => set({ languages: e.target.value.split(',') as SpokenLang[] })}
            >
              {ORDERS.map((o) => (
                <option key={o} value={o}>
                  {tp(`voice.orders.${o}`)}
                </option>
              ))}
            </select>
          </div>
        </div>
        <div className="person-fields">
          {SPOKEN_EVENTS.flatMap((event) =>
            (['kk', 'ru'] as const).map((lang) => (
              <TextField
                key={`${event}-${lang}`}
                id={`voice-phrases-${event}-${lang}`}
                label={tp(lang === 'kk' ? 'voice.inKk' : 'voice.inRu', {
                  event: tp(`voice.events.${event}`),
                })}
                value={voice.phrases[event][lang]}
                lang={lang}
                onChange={(v) =>
                  set({ phrases: { ...voice.phrases, [event]: { ...voice.phrases[event], [lang]: v } } })
                }
                errors={messagesAt(placed, `phrases.${event}.${lang}`)}
                maxLength={300}
                wide
              />
            )),
          )}
        </div>
      </fieldset>
      <p className="hint">{tp('voice.sample')}</p>
      <ul className="voice-sample" data-testid="voice-sample">
        {sample.map((s) => (
          <li key={s.lang} lang={s.lang}>
            {s.text}
          </li>
        ))}
      </ul>
      <div className="row">
        <button
          type="button"
          className="secondary"
          disabled={testing === 'playing'}
          onClick={() => void listen()}
        >
          {testing === 'playing' ? tp('voice.testing') : tp('voice.test')}
        </button>
        {mayChange ? (
          <button type="submit" className="primary" disabled={saving}>
            {saving ? tc('busy') : tp('voice.save')}
          </button>
        ) : (
          <span className="hint">{tp('voice.onlyAdminOrHead')}</span>
        )}
        {testing === 'blocked' && <span role="alert">{tp('voice.blocked')}</span>}
        <Notice text={notice === 'voice_saved' ? tp('voice.saved') : null} />
      </div>
    </form>
  );
}
