// The renderer checks an input against the same contract schema the main side will use, so a
// wrong field is shown at once and nothing is sent — one rule, imported, never copied.

import { type ChannelName, channels, type Input } from '../../../shared/contract/index.ts';
import type { AppError } from '../../../shared/contract/result.ts';

export function checkInput<C extends ChannelName>(channel: C, input: Input<C>): AppError | null {
  const parsed = channels[channel].input.safeParse(input);
  if (parsed.success) return null;
  return {
    code: 'invalid_input',
    issues: parsed.error.issues.map((i) => ({ path: i.path.join('.') || '(input)', message: i.message })),
  };
}
