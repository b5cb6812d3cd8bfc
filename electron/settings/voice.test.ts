// The call, spoken (issue 13): its settings are the head's or the administrator's, kept with the
// office settings, audited, and what the waiting-room screen reads.

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { VOICE_DEFAULTS } from '../../shared/standard/office-defaults.ts';
import { openTestDesk, type TestDesk } from '../../tests/support/context.ts';
import { createAppRegistry } from '../desk/handlers.ts';
import type { AppContext } from '../kernel/context.ts';

let desk: TestDesk;
beforeEach(async () => {
  desk = await openTestDesk();
});
afterEach(() => desk.close());

const changed = {
  ...VOICE_DEFAULTS,
  volume: 60,
  languages: ['ru', 'kk'] as ('kk' | 'ru')[],
  phrases: {
    ...VOICE_DEFAULTS.phrases,
    call: { kk: '{number} талон, № {room} кабинетке кіріңіз.', ru: 'Номер {number}, кабинет № {room}.' },
  },
};

describe('the settings of the call, spoken', () => {
  it('are on, in Kazakh then Russian, before anyone changes them', async () => {
    const s = await desk.ok('settings.get', {});
    expect(s.voice.enabled).toBe(true);
    expect(s.voice.languages).toEqual(['kk', 'ru']);
    expect(s.voice.phrases.call.kk).toBe('{number} нөмірлі талон, № {room} кабинетке келіңіз.');
  });

  it('are saved by the head with the office settings, leave the rest alone, and are audited', async () => {
    await desk.hire({ login: 'bolat', fullName: 'Болат Жақсылықов', role: 'head', language: 'ru' });
    await desk.signInAs('bolat');
    const before = await desk.ok('settings.get', {});
    await desk.ok('settings.setVoice', changed);
    const after = await desk.ok('settings.get', {});
    expect(after.voice).toEqual(changed);
    expect({ ...after, voice: before.voice }).toEqual(before);
    const [row] = desk.audit({ action: 'settings.setVoice' });
    expect(row?.before).toEqual(VOICE_DEFAULTS);
    expect(row?.after).toEqual(changed);
  });

  it('are refused to a clerk, and nothing changes', async () => {
    await desk.hire({ login: 'saule', fullName: 'Сәуле Әлиева', role: 'clerk', language: 'kk' });
    await desk.signInAs('saule');
    const r = await desk.call('settings.setVoice', { ...changed, enabled: false });
    expect(r.ok ? null : r.error.code).toBe('forbidden');
    expect((await desk.ok('settings.get', {})).voice).toEqual(VOICE_DEFAULTS);
  });

  it('refuses a language named twice, a volume past 100 and an empty phrase', async () => {
    for (const bad of [
      { ...changed, languages: ['kk', 'kk'] },
      { ...changed, volume: 101 },
      { ...changed, phrases: { ...changed.phrases, lunch: { kk: ' ', ru: 'Обед.' } } },
    ]) {
      const r = await desk.call('settings.setVoice', bad as typeof changed);
      expect(r.ok ? null : r.error.code).toBe('invalid_input');
    }
  });

  it('reach the waiting-room screen, which has no signed-in user', async () => {
    await desk.ok('settings.setVoice', changed);
    const screen: AppContext = { ...desk.ctx, session: { userId: null } };
    const r = await createAppRegistry(() => {}).dispatch('queue.display', {}, screen);
    expect(r.ok && (r.value as { voice: unknown }).voice).toEqual(changed);
  });
});
