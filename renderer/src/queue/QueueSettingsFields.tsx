// The queue's part of the office settings: after how many calls a visitor is recorded as not
// come, and the usual service times the wait estimate starts each day from. The 20-minute
// limits and the working hours are the standard's (§7, §10) and are not settings.

import type { OfficeSettings } from '../../../shared/contract/settings.ts';
import { useFieldsT } from '../i18n/contract-texts.ts';
import { messagesAt, type Placed } from '../i18n/errors.ts';
import { NumberField } from '../ui/Field.tsx';
import { useQueueT } from './texts.ts';

type Patch = (change: (d: OfficeSettings) => OfficeSettings) => void;

export function QueueSettingsFields({
  draft,
  patch,
  placed,
}: {
  draft: OfficeSettings;
  patch: Patch;
  placed: Placed[];
}) {
  const { tp } = useQueueT();
  const { tp: tf } = useFieldsT();
  const queue = (change: Partial<OfficeSettings['queue']>) =>
    patch((d) => ({ ...d, queue: { ...d.queue, ...change } }));
  const minutes = (change: Partial<OfficeSettings['queue']['serviceMinutes']>) =>
    queue({ serviceMinutes: { ...draft.queue.serviceMinutes, ...change } });
  return (
    <>
      <h2>{tp('settings.title')}</h2>
      <p className="hint">{tp('settings.explain')}</p>
      <div className="person-fields">
        <NumberField
          id="queue-noShowAfterCalls"
          label={tf('queue.noShowAfterCalls')}
          value={draft.queue.noShowAfterCalls}
          min={1}
          max={10}
          errors={messagesAt(placed, 'queue.noShowAfterCalls')}
          set={(n) => queue({ noShowAfterCalls: n })}
        />
        <NumberField
          id="queue-serviceMinutes-handIn"
          label={tf('queue.serviceMinutes.handIn')}
          value={draft.queue.serviceMinutes.handIn}
          min={1}
          max={120}
          errors={messagesAt(placed, 'queue.serviceMinutes.handIn')}
          set={(n) => minutes({ handIn: n })}
        />
        <NumberField
          id="queue-serviceMinutes-collect"
          label={tf('queue.serviceMinutes.collect')}
          value={draft.queue.serviceMinutes.collect}
          min={1}
          max={120}
          errors={messagesAt(placed, 'queue.serviceMinutes.collect')}
          set={(n) => minutes({ collect: n })}
        />
      </div>
    </>
  );
}
