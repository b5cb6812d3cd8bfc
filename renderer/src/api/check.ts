// The renderer checks an input against the same contract schema the main side will use, so a
// wrong field is shown at once and nothing is sent — one rule, imported, never copied. The
// contract (zod and every channel's schema) is a chunk of its own, loaded at the first check or
// by preloadContract() once the first screen is up (issue 12: the first screen does without it).

import type { ChannelName, Input } from '../../../shared/contract/index.ts';
import type { AppError } from '../../../shared/contract/result.ts';

type Channels = typeof import('../../../shared/contract/index.ts')['channels'];

let loading: Promise<Channels> | undefined;

/** Loads the contract's schemas now (App does it when the first screen is up). */
export function preloadContract(): Promise<Channels> {
  loading ??= import('../../../shared/contract/index.ts').then((m) => m.channels);
  return loading;
}

export async function checkInput<C extends ChannelName>(
  channel: C,
  input: Input<C>,
): Promise<AppError | null> {
  const channels = await preloadContract();
  const parsed = channels[channel].input.safeParse(input);
  if (parsed.success) return null;
  return {
    code: 'invalid_input',
    issues: parsed.error.issues.map((i) => ({ path: i.path.join('.') || '(input)', message: i.message })),
  };
}
