// A voice for the kiosk's tests: it records what it was asked to say (the phrases as they go to
// the speech engine, and the volume) and says it until told to stop or to finish.

import type { Voice } from '../display/chime.ts';
import type { Phrase } from '../stores/survey.ts';

export interface FakeVoice extends Voice {
  said: { phrases: Phrase[]; volume: number }[];
  stops: number;
  /** The reading under way ends by itself, as when the last phrase has been said. */
  finish(): void;
}

export function fakeVoice(): FakeVoice {
  let end: ((r: 'played' | 'stopped') => void) | null = null;
  const v: FakeVoice = {
    said: [],
    stops: 0,
    say(phrases, volume) {
      v.said.push({ phrases: [...phrases], volume });
      return new Promise((resolve) => {
        end = resolve;
      });
    },
    unlock: async () => 'running',
    stop() {
      v.stops++;
      end?.('stopped');
      end = null;
    },
    finish() {
      end?.('played');
      end = null;
    },
  };
  return v;
}
