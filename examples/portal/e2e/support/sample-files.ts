import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createPdfBytes } from '@iddocs/testing';
import type { Browser } from 'playwright-core';
import { writeSamplePhoto } from '../../../../scripts/sample-photo.mjs';

/** Real files on disk, for the file chooser. */
export class SampleFiles {
  readonly dir = mkdtempSync(join(tmpdir(), 'iddocs-e2e-files-'));

  constructor(private readonly browser: Browser) {}

  /**
   * A phone photo of an ID card as phones take them — JPEG with EXIF, GPS position included — drawn by
   * `createSamplePhoto` from @iddocs/testing in this Chromium; `seed` picks the card. Returns its path.
   */
  photo(name: string, seed: number): Promise<string> {
    return writeSamplePhoto(this.browser, join(this.dir, name), { seed });
  }

  /** A real one-page PDF (a utility bill); returns its path. */
  pdf(name: string): string {
    const lines = ['Proof of address', 'Northern Power & Light - electricity bill', 'Account holder: Jane Sample', 'Address: 1 Example Street, Sampletown'];
    for (let month = 1; month <= 12; month++) lines.push(`2026-${String(month).padStart(2, '0')}  consumption 231 kWh  amount due 48.20 EUR`);
    return this.write(name, createPdfBytes({ lines }));
  }

  /** A Linux executable (ELF) under an image's name: its bytes say what it is. */
  executable(name: string): string {
    const bytes = new Uint8Array(16 * 1024);
    bytes.set([0x7f, 0x45, 0x4c, 0x46, 0x02, 0x01, 0x01, 0x00]);
    return this.write(name, bytes);
  }

  /** Deletes the files. */
  dispose(): void {
    rmSync(this.dir, { recursive: true, force: true });
  }

  private write(name: string, bytes: Uint8Array): string {
    const path = join(this.dir, name);
    writeFileSync(path, bytes);
    return path;
  }
}
