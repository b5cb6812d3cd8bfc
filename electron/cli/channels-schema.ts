// `desk channels`: every channel of the contract with its input and output as JSON Schema.
// All the inputs are converted in one pass (one object whose properties are the channels), and
// all the outputs in another, so that a schema many channels share (a person, a free text, a
// date) is converted once instead of once per channel: a fifth of the time of 2 × 97 separate
// conversions (issue 12, "Start fast"), and the same JSON — zod inlines a schema used twice and
// the contract has no cycles, so no `$defs` appear (channels-schema.test.ts compares the two).

import { z } from 'zod';
import { channelNames, channels } from '../../shared/contract/index.ts';

type JsonSchema = Record<string, unknown> & { properties?: Record<string, Record<string, unknown>> };

/** One conversion of every channel's side; `$schema` is put back on each, as a lone conversion has it. */
function converted(side: 'input' | 'output'): Record<string, Record<string, unknown>> {
  const all = z.toJSONSchema(z.object(Object.fromEntries(channelNames.map((c) => [c, channels[c][side]]))), {
    io: side,
    unrepresentable: 'any',
  }) as JsonSchema;
  return Object.fromEntries(
    channelNames.map((c) => [
      c,
      { $schema: all.$schema, ...(all.properties?.[c] as Record<string, unknown>) },
    ]),
  );
}

export function channelsAsJsonSchema(): { channel: string; input: unknown; output: unknown }[] {
  const input = converted('input');
  const output = converted('output');
  return channelNames.map((channel) => ({ channel, input: input[channel], output: output[channel] }));
}

/** What `desk channels` prints. The built command line has this text made at build time
 *  (scripts/desk-cli-build.ts): the contract cannot change after the build. */
export function channelsJson(): string {
  return `${JSON.stringify(channelsAsJsonSchema(), null, 2)}\n`;
}
