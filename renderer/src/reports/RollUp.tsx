// The district roll-up on the screen (issue 10): the regional department, or the head who
// gathers the district's offices, picks their JSON exports and gets one report that adds up
// numerators and denominators — never an average of percentages. The main side checks each
// file (its period, the edition of the standard, its signature) and names the one it refuses.

import { useState } from 'react';
import { useDesk } from '../desk.tsx';
import { currentLang } from '../i18n/index.ts';
import type { ReportFormat, RollUpFile } from '../stores/report.ts';
import { FilePicker } from '../ui/FilePicker.tsx';
import { useReportsT } from './texts.ts';
import { useReportStore } from './use-report.ts';

const FORMATS: readonly ReportFormat[] = ['xlsx', 'pdf', 'json', 'csv'];

export function RollUp() {
  const { tp, i18n } = useReportsT();
  const store = useDesk().report;
  const busy = useReportStore((s) => s.busy);
  const [files, setFiles] = useState<RollUpFile[]>([]);
  const pick = async (list: FileList | null) =>
    setFiles(await Promise.all([...(list ?? [])].map(async (f) => ({ name: f.name, text: await f.text() }))));
  return (
    <fieldset className="panel roll-up">
      <legend>{tp('rollUp.title')}</legend>
      <p className="hint">{tp('rollUp.explain')}</p>
      <FilePicker
        id="roll-up-files"
        label={tp('rollUp.files')}
        accept=".json,application/json"
        multiple
        chosen={files.length ? null : []}
        onPick={(list) => void pick(list)}
      />
      {files.length > 0 && (
        <ul aria-label={tp('rollUp.chosen')}>
          {files.map((f) => (
            <li key={f.name}>{f.name}</li>
          ))}
        </ul>
      )}
      <div className="row">
        {FORMATS.map((format) => (
          <button
            key={format}
            type="button"
            className="secondary"
            disabled={busy || files.length < 2}
            onClick={() => void store.getState().merge(files, format, currentLang(i18n))}
          >
            {tp('rollUp.merge', { format: tp(`actions.${format}`) })}
          </button>
        ))}
      </div>
      {files.length < 2 && <p className="hint">{tp('rollUp.atLeastTwo')}</p>}
    </fieldset>
  );
}
