// The audit log leaves the program as a file (CSV or XLSX) for the head or the administrator:
// one line a row, the office's local time, who (and on the command line which account of the
// machine), the door, the kind and the action, the record, and what was seen or changed.

import { formatLocalDateTime } from '../../shared/domain/office-time.ts';
import type { AuditRow } from '../db/audit.ts';
import { writeCsv } from '../export/csv.ts';
import { writeXlsx, type XlsxColumn } from '../export/xlsx.ts';
import type { Lang } from '../print/texts.ts';

const HEADERS = {
  kk: {
    sheet: 'Әрекеттер журналы',
    at: 'Уақыты',
    who: 'Кім',
    door: 'Кіру жолы',
    osUser: 'ОЖ пайдаланушысы',
    kind: 'Түрі',
    action: 'Әрекет',
    entity: 'Жазба',
    entityId: 'Жазба №',
    before: 'Бұрын',
    after: 'Не көрінді / кейін',
    kinds: { write: 'өзгеріс', read: 'қарау', refused: 'рұқсат етілмеді' },
  },
  ru: {
    sheet: 'Журнал действий',
    at: 'Время',
    who: 'Кто',
    door: 'Вход',
    osUser: 'Пользователь ОС',
    kind: 'Вид',
    action: 'Действие',
    entity: 'Запись',
    entityId: '№ записи',
    before: 'До',
    after: 'Что видно / после',
    kinds: { write: 'изменение', read: 'просмотр', refused: 'отказано' },
  },
} as const;

/** Excel keeps at most 32 767 characters in a cell; a longer record is cut, and says so. */
const json = (v: unknown): string | null => {
  if (v === null || v === undefined) return null;
  const s = JSON.stringify(v);
  return s.length > 32_000 ? `${s.slice(0, 32_000)}…` : s;
};

function columns(lang: Lang, timeZone: string): XlsxColumn<AuditRow>[] {
  const h = HEADERS[lang];
  return [
    { header: h.at, width: 17, value: (r) => formatLocalDateTime(new Date(r.at), timeZone) },
    { header: h.who, width: 28, value: (r) => r.userName },
    { header: h.door, width: 8, value: (r) => r.door },
    { header: h.osUser, width: 14, value: (r) => r.osUser },
    { header: h.kind, width: 12, value: (r) => h.kinds[r.kind] },
    { header: h.action, width: 28, value: (r) => r.action },
    { header: h.entity, width: 16, value: (r) => r.entity },
    { header: h.entityId, width: 9, kind: 'integer', value: (r) => r.entityId },
    { header: h.before, width: 40, value: (r) => json(r.before) },
    { header: h.after, width: 60, value: (r) => json(r.after) },
  ];
}

export interface AuditFile {
  fileName: string;
  bytes: Buffer;
}

export async function auditFile(
  rows: readonly AuditRow[],
  o: {
    format: 'csv' | 'xlsx';
    lang: Lang;
    timeZone: string;
    today: string;
    heading: string[];
    by: string;
    now: Date;
  },
): Promise<AuditFile> {
  const cols = columns(o.lang, o.timeZone);
  const base = `${o.lang === 'kk' ? 'areketter-zhurnaly' : 'zhurnal-deistvii'}-${o.today}`;
  if (o.format === 'csv') return { fileName: `${base}.csv`, bytes: writeCsv(cols, rows) };
  const bytes = await writeXlsx({
    title: HEADERS[o.lang].sheet,
    creator: o.by,
    created: o.now,
    sheets: [{ name: HEADERS[o.lang].sheet, heading: o.heading, columns: cols, rows }],
  });
  return { fileName: `${base}.xlsx`, bytes };
}
