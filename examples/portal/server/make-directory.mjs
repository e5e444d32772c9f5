// `mkdir -p`, without Node's own `{ recursive: true }`: that loops forever (sync and async alike, Node 20–24) when
// the kernel answers ENOENT for a folder whose parent exists — `--data-dir /proc/x` hung the demo at start.
import { existsSync, mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';

/** Creates `path` and its missing parents, one level at a time; throws the first failure (its `code` intact). */
export function makeDirectory(path) {
  const missing = [];
  for (let folder = resolve(path); !existsSync(folder); folder = dirname(folder)) missing.unshift(folder);
  for (const folder of missing) {
    try {
      mkdirSync(folder);
    } catch (error) {
      if (error.code !== 'EEXIST') throw error; // made meanwhile by another process: fine
    }
  }
}
