// Scanned letters and files that come with a complaint (§22: in writing, by post, e-mail or
// courier). A short allow-list of what an office receives — scans and office documents — and
// a size bound: anything else (an executable, an archive, a 200 MB video) is refused before it
// reaches the data folder. The type is judged by the file's own first bytes as well as its
// name, so a renamed file is caught; the stored MIME type comes from this list, never from
// what the browser claimed.

export const MAX_ATTACHMENT_BYTES = 20 * 1024 * 1024;
/** Base64 makes 3 bytes into 4 characters. */
export const MAX_ATTACHMENT_BASE64 = Math.ceil(MAX_ATTACHMENT_BYTES / 3) * 4;

type Sniff = (b: Uint8Array) => boolean;

const starts =
  (...sig: number[]): Sniff =>
  (b) =>
    sig.every((x, i) => b[i] === x);
const PDF = starts(0x25, 0x50, 0x44, 0x46); // %PDF
const PNG = starts(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a);
const JPEG = starts(0xff, 0xd8, 0xff);
const TIFF: Sniff = (b) => starts(0x49, 0x49, 0x2a, 0x00)(b) || starts(0x4d, 0x4d, 0x00, 0x2a)(b);
/** The old Word format is an OLE compound file. */
const OLE = starts(0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1);
/** .docx and .odt are zip packages. */
const ZIP = starts(0x50, 0x4b, 0x03, 0x04);
/** Plain text: no NUL byte (binary files have them early; UTF-8 and CP1251 text never do). */
const TEXT: Sniff = (b) => !b.subarray(0, 8192).includes(0);

export interface AllowedType {
  extensions: readonly string[];
  /** The type stored and served back. */
  mime: string;
  /** Other names browsers and mail clients use for the same type. */
  aliases?: readonly string[];
  sniff: Sniff;
}

export const ALLOWED_ATTACHMENT_TYPES: readonly AllowedType[] = [
  { extensions: ['pdf'], mime: 'application/pdf', sniff: PDF },
  { extensions: ['jpg', 'jpeg'], mime: 'image/jpeg', aliases: ['image/jpg', 'image/pjpeg'], sniff: JPEG },
  { extensions: ['png'], mime: 'image/png', aliases: ['image/x-png'], sniff: PNG },
  { extensions: ['tif', 'tiff'], mime: 'image/tiff', aliases: ['image/tif', 'image/x-tiff'], sniff: TIFF },
  { extensions: ['doc'], mime: 'application/msword', sniff: OLE },
  {
    extensions: ['docx'],
    mime: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    sniff: ZIP,
  },
  { extensions: ['odt'], mime: 'application/vnd.oasis.opendocument.text', sniff: ZIP },
  { extensions: ['txt'], mime: 'text/plain', sniff: TEXT },
];

/** For the file picker: ".pdf,.jpg,…". */
export const ATTACHMENT_ACCEPT = ALLOWED_ATTACHMENT_TYPES.flatMap((t) =>
  t.extensions.map((e) => `.${e}`),
).join(',');

export function extensionOf(fileName: string): string {
  const dot = fileName.lastIndexOf('.');
  return dot < 0 ? '' : fileName.slice(dot + 1).toLowerCase();
}

export function allowedTypeOf(fileName: string): AllowedType | undefined {
  const ext = extensionOf(fileName);
  return ALLOWED_ATTACHMENT_TYPES.find((t) => t.extensions.includes(ext));
}

/** MIME types a browser may report for a file it does not know, or for any file at all. */
const VAGUE_MIME = new Set(['', 'application/octet-stream', 'binary/octet-stream']);

export type AttachmentProblem =
  | { problem: 'type'; extension: string }
  | { problem: 'content'; extension: string }
  | { problem: 'empty' }
  | { problem: 'too_large'; maxBytes: number };

/** Whether a file may be kept: allowed name, matching content, not empty, not too large. */
export function checkAttachment(
  fileName: string,
  claimedMime: string,
  bytes: Uint8Array,
): { ok: true; type: AllowedType } | ({ ok: false } & AttachmentProblem) {
  const type = allowedTypeOf(fileName);
  const extension = extensionOf(fileName);
  if (!type) return { ok: false, problem: 'type', extension };
  // A browser that names the type must name this type; the content is checked below anyway.
  const mime = claimedMime.split(';')[0]?.trim().toLowerCase() ?? '';
  if (!VAGUE_MIME.has(mime) && mime !== type.mime && !type.aliases?.includes(mime)) {
    return { ok: false, problem: 'type', extension };
  }
  if (bytes.length === 0) return { ok: false, problem: 'empty' };
  if (bytes.length > MAX_ATTACHMENT_BYTES)
    return { ok: false, problem: 'too_large', maxBytes: MAX_ATTACHMENT_BYTES };
  if (!type.sniff(bytes)) return { ok: false, problem: 'content', extension };
  return { ok: true, type };
}

/**
 * A file name safe to keep on any OS: no folders, no control or reserved characters, not
 * empty, not too long. Kazakh and Russian letters are kept.
 */
export function safeFileName(fileName: string): string {
  const base = fileName.split(/[\\/]/).pop() ?? '';
  const rawExt = extensionOf(base);
  const ext = rawExt.replace(/[^\p{L}\p{N}]/gu, '');
  const stem = (rawExt ? base.slice(0, base.length - rawExt.length - 1) : base)
    // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what is removed
    .replace(/[\u0000-\u001f<>:"|?*]/g, '_')
    .replace(/^[.\s]+|[.\s]+$/g, '')
    .slice(0, 80);
  return ext ? `${stem || 'file'}.${ext}` : stem || 'file';
}
