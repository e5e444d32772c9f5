// Persists the fake documents API's state in one JSON file, so the demo's documents survive a restart.
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { makeDirectory } from './make-directory.mjs';

/**
 * @param {string} file where the snapshot lives
 * @param {(message: string) => void} warn where problems are reported
 * @returns {import('@iddocs/testing').FakeDocumentsStorage}
 */
export function createFileStorage(file, warn) {
  return {
    load() {
      let text;
      try {
        text = readFileSync(file, 'utf8');
      } catch (error) {
        if (error.code === 'ENOENT') return undefined; // first start: the fake seeds its fixtures
        warn(`Could not read ${file} (${error.code}); starting from the fixtures.`);
        return undefined;
      }
      try {
        const snapshot = JSON.parse(text);
        if (!Array.isArray(snapshot.documents) || typeof snapshot.files !== 'object') throw new Error('unexpected shape');
        return snapshot;
      } catch (error) {
        // Keep the damaged file for inspection instead of overwriting it on the next save.
        const backup = `${file}.corrupt-${Date.now()}`;
        renameSync(file, backup);
        warn(`${file} is not a valid demo data file (${error.message}); moved it to ${backup} and started from the fixtures.`);
        return undefined;
      }
    },
    save(snapshot) {
      makeDirectory(dirname(file));
      // Write-then-rename is atomic on POSIX: a crash mid-write never leaves a half-written file behind.
      const temporary = `${file}.${process.pid}.tmp`;
      writeFileSync(temporary, JSON.stringify(snapshot));
      renameSync(temporary, file);
    },
  };
}
