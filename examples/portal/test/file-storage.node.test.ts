import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
// @ts-expect-error -- the demo server is plain .mjs without type declarations
import { createFileStorage } from '../server/file-storage.mjs';

const snapshot = { nextId: 7, documents: [{ id: 6 }], files: {} };

describe('the demo’s data file', () => {
  it('saves and loads a snapshot, leaving no temporary file behind', () => {
    const folder = mkdtempSync(join(tmpdir(), 'iddocs-data-'));
    const storage = createFileStorage(join(folder, 'nested', 'documents.json'), () => {});
    expect(storage.load()).toBeUndefined();
    storage.save(snapshot);
    expect(storage.load()).toEqual(snapshot);
    expect(readdirSync(join(folder, 'nested'))).toEqual(['documents.json']);
  });

  it('sets a damaged file aside with a warning, and starts from the fixtures', () => {
    const folder = mkdtempSync(join(tmpdir(), 'iddocs-data-'));
    const file = join(folder, 'documents.json');
    writeFileSync(file, '{"documents": [');
    const warnings: string[] = [];
    const storage = createFileStorage(file, (message: string) => warnings.push(message));
    expect(storage.load()).toBeUndefined();
    expect(existsSync(file)).toBe(false);
    const [backup] = readdirSync(folder);
    expect(backup).toMatch(/^documents\.json\.corrupt-\d+$/);
    expect(readFileSync(join(folder, backup!), 'utf8')).toBe('{"documents": [');
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toContain('is not a valid demo data file');
  });

  it('treats valid JSON of the wrong shape as damaged too', () => {
    const folder = mkdtempSync(join(tmpdir(), 'iddocs-data-'));
    const file = join(folder, 'documents.json');
    writeFileSync(file, '[1, 2, 3]');
    const warnings: string[] = [];
    expect(createFileStorage(file, (message: string) => warnings.push(message)).load()).toBeUndefined();
    expect(warnings[0]).toContain('unexpected shape');
  });
});
