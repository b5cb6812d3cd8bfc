// The one contract between the processes: every channel, its input schema and its output
// schema. The main side validates each input against it before any handler runs; the
// preload, the browser-mode client and the command line all take their types from here.

import type { z } from 'zod';
import { applicationsChannels } from './applications.ts';
import { auditChannels } from './audit.ts';
import { backupChannels } from './backup.ts';
import { complaintsChannels } from './complaints.ts';
import { decisionsChannels } from './decisions.ts';
import { intakeChannels } from './intake.ts';
import { printChannels } from './print.ts';
import { queueChannels } from './queue.ts';
import { reportChannels } from './report.ts';
import type { Result } from './result.ts';
import { sessionChannels } from './session.ts';
import { settingsChannels } from './settings.ts';

export const channels = {
  ...sessionChannels,
  ...intakeChannels,
  ...applicationsChannels,
  ...settingsChannels,
  ...printChannels,
  ...auditChannels,
  ...queueChannels,
  ...decisionsChannels,
  ...complaintsChannels,
  ...backupChannels,
  ...reportChannels,
} as const;

export type Channels = typeof channels;
export type ChannelName = keyof Channels;
/** What a caller sends (before defaults and trimming). */
export type Input<C extends ChannelName> = z.input<Channels[C]['input']>;
/** What a handler receives (after validation). */
export type ParsedInput<C extends ChannelName> = z.output<Channels[C]['input']>;
export type Output<C extends ChannelName> = z.output<Channels[C]['output']>;

export const channelNames = Object.keys(channels) as ChannelName[];

export function isChannelName(name: string): name is ChannelName {
  return Object.hasOwn(channels, name);
}

/** The typed call every door offers the renderer. */
export type Invoke = <C extends ChannelName>(channel: C, input: Input<C>) => Promise<Result<Output<C>>>;

export * from './result.ts';
