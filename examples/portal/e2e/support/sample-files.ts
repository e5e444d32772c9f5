import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createPdfBytes } from '@iddocs/testing';
import type { Browser } from 'playwright-core';

/** What a sample image shows. */
export interface PhotoOptions {
  /** Big title on the card, e.g. "PASSPORT". */
  title: string;
  /** Card colour (CSS). */
  accent: string;
  /** Add sensor-like noise: a bigger, photo-like file whose upload takes observable time when throttled. */
  noisy?: boolean;
}

/** Real files on disk, for the file chooser. */
export class SampleFiles {
  readonly dir = mkdtempSync(join(tmpdir(), 'iddocs-e2e-files-'));

  constructor(private readonly browser: Browser) {}

  /** A real JPEG of an identity card, encoded by Chromium's own encoder; returns its path. */
  async photo(name: string, options: PhotoOptions): Promise<string> {
    const page = await this.browser.newPage();
    try {
      const base64 = await page.evaluate(async ({ title, accent, noisy }) => {
        const canvas = document.createElement('canvas');
        canvas.width = 1200;
        canvas.height = 760;
        const g = canvas.getContext('2d')!;
        g.fillStyle = '#f4efe1';
        g.fillRect(0, 0, 1200, 760);
        g.fillStyle = accent;
        g.fillRect(0, 0, 1200, 130);
        g.fillStyle = '#ececec';
        g.font = 'bold 76px sans-serif';
        g.fillText(title, 48, 97);
        g.fillStyle = '#b9b2a0';
        g.fillRect(48, 180, 310, 400);
        g.fillStyle = '#333333';
        g.font = '44px sans-serif';
        ['SAMPLE, JANE', '01 JAN 1990', 'NO. X1234567', 'EXP 31 DEC 2031'].forEach((line, index) => g.fillText(line, 410, 240 + index * 84));
        if (noisy) {
          const image = g.getImageData(0, 0, 1200, 760);
          for (let i = 0; i < image.data.length; i += 4) {
            const grain = (Math.random() - 0.5) * 90;
            for (let c = 0; c < 3; c++) image.data[i + c] = Math.min(245, Math.max(10, image.data[i + c]! + grain));
          }
          g.putImageData(image, 0, 0);
        }
        const blob = await new Promise<Blob>((resolve, reject) => canvas.toBlob((value) => (value ? resolve(value) : reject(new Error('toBlob failed'))), 'image/jpeg', 0.92));
        const bytes = new Uint8Array(await blob.arrayBuffer());
        let binary = '';
        for (const byte of bytes) binary += String.fromCharCode(byte);
        return btoa(binary);
      }, { noisy: false, ...options });
      return this.write(name, Buffer.from(base64, 'base64'));
    } finally {
      await page.close();
    }
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
