import type { Defined } from '../defined.js';
import type { FileKind, FileRules } from './client-types.js';
import { DocumentsError, type FileRejectionReason } from './documents-error.js';

// Every kind we recognise, its name in messages, and its signature in the first 16 bytes (read as latin1).
const KINDS: [FileKind, string, RegExp][] = [
  ['image/jpeg', 'JPEG', /^\xff\xd8\xff/],
  ['image/png', 'PNG', /^\x89PNG\r\n\cZ\n/],
  ['image/webp', 'WebP', /^RIFF[^]{4}WEBP/],
  ['image/heic', 'HEIC', /^[^]{4}ftyp(he(i[cxms]|v[cxms])|m[is]f1)/],
  ['application/pdf', 'PDF', /^%PDF-/],
];

/** The name of a `File`, or `'document'` for a bare Blob (used in the multipart body and in messages). */
export function fileNameOf(file: Blob): string {
  return (file as Partial<File>).name || 'document';
}

/** Human-readable size for messages, in the decimal units people see elsewhere: `"512 bytes"`, `"20 MB"`, `"25.3 MB"`. */
function formatBytes(bytes: number, digits: number): string {
  let unit = 0;
  for (; bytes >= 1000 && unit < 2; unit += 1) bytes /= 1000;
  return `${+bytes.toFixed(digits)} ${['bytes', 'kB', 'MB'][unit]}`;
}

/** The file rules with every default filled in: JPEG, PNG, WebP, HEIC/HEIF and PDF, 1 KiB to 20 MB. */
export function resolveFileRules({ accept = KINDS.map(([kind]) => kind), maxSize = 20_000_000, minSize = 1024 }: FileRules = {}): Readonly<Defined<FileRules>> {
  return { accept, maxSize, minSize };
}

/**
 * Checks a file's size and its content (never its name or `type`, which the user controls) before anything
 * is sent; resolves with the detected kind or rejects with `FILE_REJECTED` and a specific `rejection`.
 */
export async function checkFile(file: Blob, { accept, maxSize, minSize }: Readonly<Defined<FileRules>>): Promise<FileKind> {
  const { size } = file;
  const tooLarge = size > maxSize;
  const reject = (rejection: FileRejectionReason, problem: string) =>
    new DocumentsError('FILE_REJECTED', `"${fileNameOf(file)}" ${problem}. Choose another file.`, { rejection });
  if (!size || size < minSize || tooLarge) {
    const limit = tooLarge ? maxSize : minSize;
    // As many decimals as it takes for the size and its limit to differ: never "1 kB, under the minimum of 1 kB".
    let digits = 1;
    while (formatBytes(size, digits) === formatBytes(limit, digits)) digits += 1;
    throw reject(
      tooLarge ? 'too-large' : size ? 'too-small' : 'empty',
      `is ${size ? formatBytes(size, digits) : 'empty'}, ${tooLarge ? 'over the limit' : 'under the minimum'} of ${formatBytes(limit, digits)}`,
    );
  }
  const head = String.fromCharCode(...new Uint8Array(await file.slice(0, 16).arrayBuffer()));
  const kind = KINDS.find(([, , signature]) => signature.test(head))?.[0];
  if (kind && accept.includes(kind)) return kind;
  const names = KINDS.filter(([known]) => accept.includes(known)).map(([, kindName]) => kindName);
  throw reject('unsupported-type', `is not a ${names.join(', ').replace(/, (?=[^,]*$)/, ' or ')} file`);
}
