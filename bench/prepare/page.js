// The benchmark page: makes a 12-megapixel phone-like photo, and prepares it with prepareFile or with
// browser-image-compression at the same settings, both in a Web Worker. `window.bench` is driven by
// bench/prepare-image.mjs through Playwright.
import imageCompression from 'browser-image-compression';
import { prepareFile } from '@iddocs/hooks/prepare';
import { metadataSegments } from '../../packages/hooks/test/prepare/image-fixtures.ts';
import { metadataLeft } from './metadata-left.js';

let photo;
let portrait;
let large;

/** Photo-like content: soft gradients, shapes with edges (as a card's print), and sensor noise. */
async function makePhoto(width, height, orientation) {
  const canvas = new OffscreenCanvas(width, height);
  const context = canvas.getContext('2d');
  const sky = context.createLinearGradient(0, 0, width, height);
  sky.addColorStop(0, '#6b8fb5');
  sky.addColorStop(0.5, '#d8c8a8');
  sky.addColorStop(1, '#4a5a3a');
  context.fillStyle = sky;
  context.fillRect(0, 0, width, height);
  let seed = 7;
  const random = () => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff);
  for (let index = 0; index < 400; index += 1) {
    context.fillStyle = `hsla(${random() * 360}, 40%, ${30 + random() * 50}%, 0.6)`;
    context.beginPath();
    context.ellipse(random() * width, random() * height, 20 + random() * 300, 20 + random() * 200, random() * Math.PI, 0, 2 * Math.PI);
    context.fill();
  }
  context.fillStyle = '#1b1b1b';
  context.font = `${Math.round(height / 40)}px monospace`;
  for (let line = 0; line < 12; line += 1) context.fillText('P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<', width * 0.1, height * (0.4 + line * 0.04));
  const pixels = context.getImageData(0, 0, width, height);
  for (let at = 0; at < pixels.data.length; at += 4) {
    const noise = (random() - 0.5) * 14;
    pixels.data[at] += noise;
    pixels.data[at + 1] += noise;
    pixels.data[at + 2] += noise;
  }
  context.putImageData(pixels, 0, 0);
  const jpeg = new Uint8Array(await (await canvas.convertToBlob({ type: 'image/jpeg', quality: 0.92 })).arrayBuffer());
  // A phone's metadata right after the start-of-image marker: EXIF with GPS, camera, serial, dates; XMP; IPTC. With
  // orientation 6, the same pixels are a phone held upright: shown turned a quarter, 3000×4000.
  const parts = [jpeg.subarray(0, 2), ...metadataSegments({ orientation }), jpeg.subarray(2)];
  return new File(parts, 'IMG_20240501_102030.jpg', { type: 'image/jpeg' });
}

const settings = { maxEdge: 2560, quality: 0.85 };

async function measure(run) {
  const started = performance.now();
  const output = await run();
  const ms = performance.now() - started;
  const bytes = new Uint8Array(await output.arrayBuffer());
  const bitmap = await createImageBitmap(output);
  const result = { ms, bytes: bytes.length, width: bitmap.width, height: bitmap.height, metadataLeft: metadataLeft(bytes) };
  bitmap.close();
  return result;
}

const prepareWithUs = (file, options) => measure(async () => (await prepareFile(file, { ...settings, ...options })).file);
const prepareWithThem = (file) =>
  measure(() =>
    imageCompression(file, {
      maxWidthOrHeight: settings.maxEdge,
      initialQuality: settings.quality,
      fileType: 'image/jpeg',
      useWebWorker: true,
      libURL: new URL('/browser-image-compression.js', location.href).href,
      preserveExif: false,
    }),
  );

window.bench = {
  async makePhoto() {
    photo = await makePhoto(4000, 3000, 1);
    portrait = await makePhoto(4000, 3000, 6);
    large = await makePhoto(5712, 4284, 1);
    return { bytes: photo.size, largeBytes: large.size, metadataLeft: metadataLeft(new Uint8Array(await photo.arrayBuffer())) };
  },
  /** prepareFile with its defaults (metadata removal and quality hints on), in its worker. */
  ours: () => prepareWithUs(photo),
  /** The same without the capture-quality analysis, to show what it costs. */
  oursNoHints: () => prepareWithUs(photo, { qualityHints: false }),
  /** browser-image-compression at the same edge and quality, in its worker (library served locally, not from a CDN). */
  theirs: () => prepareWithThem(photo),
  /** The same two on the portrait photo (EXIF orientation 6), which both must turn upright. */
  oursPortrait: () => prepareWithUs(portrait),
  theirsPortrait: () => prepareWithThem(portrait),
  /** The same two on a 24-MP photo (5712×4284, what recent iPhones take by default). */
  oursLarge: () => prepareWithUs(large),
  theirsLarge: () => prepareWithThem(large),
};
