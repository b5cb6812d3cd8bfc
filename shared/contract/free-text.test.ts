// Every string a caller sends goes through a check: an enum, a format (date, e-mail, base64), a
// pattern, or the one free-text schema (common.ts anyText) that refuses what does not print as
// itself. Walked over every channel's input, field by field, so a new field written as a bare
// z.string() fails here.

import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { channelNames, channels } from './index.ts';

interface JsonSchema {
  type?: string | string[];
  enum?: unknown[];
  format?: string;
  pattern?: string;
  properties?: Record<string, JsonSchema>;
  items?: JsonSchema;
  anyOf?: JsonSchema[];
}

const RLO = 'Қасымова\u202e';

/** A value with every string field set to a bidi override; the paths of those fields. */
function fill(schema: JsonSchema, at: string[], paths: string[]): unknown {
  const branch = schema.anyOf?.find((s) => s.type !== 'null') ?? schema;
  const types = [branch.type ?? 'object'].flat();
  if (branch.enum) return branch.enum[0];
  if (types.includes('string')) {
    paths.push(at.join('.'));
    return RLO;
  }
  if (types.includes('array')) return [fill(branch.items ?? {}, [...at, '0'], paths)];
  if (types.includes('integer') || types.includes('number')) return 1;
  if (types.includes('boolean')) return true;
  return Object.fromEntries(
    Object.entries(branch.properties ?? {}).map(([k, s]) => [k, fill(s, [...at, k], paths)]),
  );
}

describe('the free text of every channel', () => {
  it.each(channelNames)('%s refuses a bidi override in every string field', (channel) => {
    const schema = z.toJSONSchema(channels[channel].input, {
      io: 'input',
      unrepresentable: 'any',
    }) as JsonSchema;
    const paths: string[] = [];
    const input = fill(schema, [], paths);
    const r = channels[channel].input.safeParse(input);
    const refused = new Set(r.success ? [] : r.error.issues.map((i) => i.path.join('.')));
    expect(paths.filter((p) => !refused.has(p))).toEqual([]);
  });
});
