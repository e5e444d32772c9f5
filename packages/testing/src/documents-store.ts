import { base64ToBytes, bytesToBase64 } from './base64.js';
import { documentType } from './document-type-names.js';
import type { FakeDocument, FakeDocumentSeed, FakeDocumentsSnapshot } from './fake-documents-types.js';
import { sampleFileBytes } from './sample-file-bytes.js';
import { sanitizeFileName } from './sanitize-file-name.js';
import { sniffFileKind } from './sniff-file-kind.js';

/** An uploaded (or seeded) file. */
export interface StoredFile {
  path: string;
  url: string;
  bytes: Uint8Array;
  mimeType: string;
  fileName: string;
}

const DAY_MS = 86_400_000;

function randomKey(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(12));
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
}

function keyOfPath(path: string): string {
  return path.split('/')[1] ?? path;
}

/** Newest first: by creation time, then by id. */
function newestFirst(a: FakeDocument, b: FakeDocument): number {
  return b.createTime.localeCompare(a.createTime) || b.id - a.id;
}

/** The fake account's state: documents and stored files. */
export class DocumentsStore {
  private nextId = 1;
  private docs: FakeDocument[] = [];
  private files = new Map<string, StoredFile>();

  constructor(private readonly now: () => Date) {}

  /** Replaces everything with the given seed; undated entries are spread over the days before `base`. */
  seed(seed: readonly FakeDocumentSeed[], base: Date): void {
    this.nextId = 1;
    this.docs = [];
    this.files.clear();
    seed.forEach((entry, index) => {
      const id = this.nextId++;
      const fileName = sanitizeFileName(entry.fileName);
      const bytes = entry.bytes ?? sampleFileBytes(fileName);
      const key = `seed-${id}`;
      const file = this.storeFile(key, bytes, sniffFileKind(bytes) ?? 'application/octet-stream', fileName);
      const createTime = entry.createTime ?? new Date(base.getTime() - (seed.length - index) * DAY_MS).toISOString();
      this.docs.push({
        ...this.documentFor(id, entry.typeId, file, createTime),
        status: entry.status,
        ...(entry.comment === undefined ? {} : { comment: entry.comment }),
      });
    });
  }

  list(): FakeDocument[] {
    return this.docs.toSorted(newestFirst).map((doc) => structuredClone(doc));
  }

  get(id: number): FakeDocument | undefined {
    const doc = this.docs.find((candidate) => candidate.id === id);
    return doc && structuredClone(doc);
  }

  create(path: string, typeId: number): FakeDocument | undefined {
    const file = this.files.get(path);
    if (!file) return undefined;
    const doc = this.documentFor(this.nextId++, typeId, file, this.now().toISOString());
    this.docs.push(doc);
    return structuredClone(doc);
  }

  /** Deletes a document and, when no other document uses it, its file. */
  delete(id: number): boolean {
    const doc = this.docs.find((candidate) => candidate.id === id);
    if (!doc) return false;
    this.docs = this.docs.filter((candidate) => candidate !== doc);
    if (!this.docs.some((candidate) => candidate.file === doc.file)) this.files.delete(doc.file);
    return true;
  }

  upload(bytes: Uint8Array, mimeType: string, fileName: string): StoredFile {
    return this.storeFile(randomKey(), bytes, mimeType, sanitizeFileName(fileName));
  }

  hasFile(path: string): boolean {
    return this.files.has(path);
  }

  fileByKey(key: string): StoredFile | undefined {
    return [...this.files.values()].find((file) => keyOfPath(file.path) === key);
  }

  snapshot(): FakeDocumentsSnapshot {
    const files: FakeDocumentsSnapshot['files'] = {};
    for (const file of this.files.values()) {
      files[file.path] = { base64: bytesToBase64(file.bytes), mimeType: file.mimeType, fileName: file.fileName };
    }
    return { nextId: this.nextId, documents: structuredClone(this.docs), files };
  }

  restore(snapshot: FakeDocumentsSnapshot): void {
    this.nextId = snapshot.nextId;
    this.docs = structuredClone(snapshot.documents);
    this.files.clear();
    for (const [path, file] of Object.entries(snapshot.files)) {
      this.files.set(path, { path, url: `/api/v2/my/files/${keyOfPath(path)}`, bytes: base64ToBytes(file.base64), mimeType: file.mimeType, fileName: file.fileName });
    }
  }

  private storeFile(key: string, bytes: Uint8Array, mimeType: string, fileName: string): StoredFile {
    const file: StoredFile = { path: `uploads/${key}/${fileName}`, url: `/api/v2/my/files/${key}`, bytes, mimeType, fileName };
    this.files.set(file.path, file);
    return file;
  }

  private documentFor(id: number, typeId: number, file: StoredFile, time: string): FakeDocument {
    return {
      id,
      typeId,
      type: documentType(typeId),
      status: 'pending',
      file: file.path,
      fileName: file.fileName,
      fileUrl: file.url,
      mimeType: file.mimeType,
      size: file.bytes.byteLength,
      createTime: time,
      updateTime: time,
    };
  }
}
