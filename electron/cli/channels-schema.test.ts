import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { channelNames, channels } from '../../shared/contract/index.ts';
import { channelsAsJsonSchema } from './channels-schema.ts';

describe('desk channels', () => {
  it('gives each channel exactly the JSON Schema of its own input and output, converted alone', () => {
    const listed = channelsAsJsonSchema();
    expect(listed.map((c) => c.channel)).toEqual(channelNames);
    for (const { channel, input, output } of listed) {
      const name = channel as (typeof channelNames)[number];
      expect(input, channel).toEqual(
        z.toJSONSchema(channels[name].input, { io: 'input', unrepresentable: 'any' }),
      );
      expect(output, channel).toEqual(
        z.toJSONSchema(channels[name].output, { io: 'output', unrepresentable: 'any' }),
      );
    }
  });
});
