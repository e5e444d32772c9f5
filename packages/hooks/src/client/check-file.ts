import type { FileKind } from './client-types.js';
import type { ResolvedFileRules } from './client-context.js';
import { describeForeignContent } from './describe-foreign-content.js';
import { DocumentsError, type FileRejectionReason } from './documents-error.js';
import { fileNameOf } from './file-name-of.js';
import { formatBytes } from './format-bytes.js';
import { readHeadBytes } from './read-head-bytes.js';
import { sniffFileKind } from './sniff-file-kind.js';

const KIND_NAMES: Readonly<Record<FileKind, string>> = {
  'image/jpeg': 'JPEG',
  'image/png': 'PNG',
  'image/webp': 'WebP',
  'image/heic': 'HEIC/HEIF',
  'application/pdf': 'PDF',
};

function reject(reason: FileRejectionReason, message: string): DocumentsError {
  return new DocumentsError('FILE_REJECTED', message, { rejection: reason });
}

function listKinds(kinds: readonly FileKind[]): string {
  const names = kinds.map((kind) => KIND_NAMES[kind]);
  return names.length <= 1 ? (names[0] ?? 'no') : `${names.slice(0, -1).join(', ')} or ${names.at(-1) ?? ''}`;
}

/**
 * Checks a file's size and its content (never its name or `type`, which the user controls) before anything
 * is sent; resolves with the detected kind or rejects with `FILE_REJECTED` and a specific `rejection`.
 */
export async function checkFile(file: Blob, rules: ResolvedFileRules): Promise<FileKind> {
  const name = `"${fileNameOf(file)}"`;
  if (file.size === 0) throw reject('empty', `${name} is empty (0 bytes). Choose the scan or photo of the document.`);
  if (file.size < rules.minSize) {
    throw reject(
      'too-small',
      `${name} is ${formatBytes(file.size)}, below the smallest accepted size of ${formatBytes(rules.minSize)}: it cannot be a legible scan. Choose a clearer photo or scan.`,
    );
  }
  if (file.size > rules.maxSize) {
    throw reject(
      'too-large',
      `${name} is ${formatBytes(file.size)}, above the largest accepted size of ${formatBytes(rules.maxSize)}. Choose a smaller file or compress it.`,
    );
  }
  const head = await readHeadBytes(file, 16);
  const kind = sniffFileKind(head);
  if (kind !== undefined && rules.accept.includes(kind)) return kind;
  const looksLike = kind === undefined ? describeForeignContent(head) : `a ${KIND_NAMES[kind]} file`;
  const seen = looksLike === undefined ? '' : ` (its content looks like ${looksLike})`;
  throw reject(
    'unsupported-type',
    `${name} is not a ${listKinds(rules.accept)} file${seen}. Choose a photo or scan in one of those formats.`,
  );
}
