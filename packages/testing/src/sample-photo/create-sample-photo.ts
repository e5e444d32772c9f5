import { createPhoneExif } from './create-phone-exif.js';
import { createRandom } from './create-random.js';
import { exposePhoto, type CameraSettings } from './expose-photo.js';
import { renderScene } from './render-scene.js';

/** A capture fault, each far enough from a good photo that the document is hard to read (and the uploader says so). */
export type SamplePhotoDegradation = 'blur' | 'dark' | 'overexposed' | 'glare';

/** The EXIF a sample photo carries. */
export interface SamplePhotoExif {
  /** Include a GPS position ({@link SAMPLE_GPS_POSITION}). Default `true`, as phones write it. */
  gps?: boolean;
  /** EXIF orientation 1–8; the pixels are stored turned so that the photo displays upright at `width` × `height`. Default 1. */
  orientation?: number;
}

/** Options of {@link createSamplePhoto}; every field is optional. */
export interface SamplePhotoOptions {
  /** File name. Default `'id-card.jpg'`. */
  name?: string;
  /** Width in px as displayed (after the EXIF orientation). Default 1600: a phone photo cropped to the card, not a low-resolution one. */
  width?: number;
  /** Height in px as displayed. Default 1100. */
  height?: number;
  /** Picks the desk, the card's colours, names, position and angle: the same seed gives the same photo. Default 1. */
  seed?: number;
  /** JPEG quality (0–1]. Default 0.9, as phone cameras encode. */
  quality?: number;
  /** The phone's EXIF (make, model, serial, date taken, orientation, and GPS unless `gps: false`), or `false` for none. Default: with GPS. */
  exif?: SamplePhotoExif | false;
  /** Take the photo badly: blurred, too dark, overexposed, or with a glare on the card. Default: a good photo. */
  degrade?: SamplePhotoDegradation;
}

/** A steady phone in a lit room: slight optical softness and sensor noise, nothing that hides the text. */
const goodCamera: CameraSettings = { blur: 0.02, motion: 0, brightness: 1, contrast: 1, glare: 0, sheen: 0, noise: 2 };

/** Each degradation, in the middle of the range the quality-hint accuracy set flags (see docs/capture-guidance.md). */
const degraded: Record<SamplePhotoDegradation, Partial<CameraSettings>> = {
  blur: { blur: 0.25 },
  dark: { brightness: 0.3, noise: 4 },
  overexposed: { brightness: 2 },
  glare: { glare: 0.15 },
};

/** Canvas transforms that store a displayed image so that EXIF orientation `n` shows it upright again. */
const storing: Record<number, (w: number, h: number) => [number, number, number, number, number, number]> = {
  1: () => [1, 0, 0, 1, 0, 0],
  2: (w) => [-1, 0, 0, 1, w, 0],
  3: (w, h) => [-1, 0, 0, -1, w, h],
  4: (_, h) => [1, 0, 0, -1, 0, h],
  5: () => [0, 1, 1, 0, 0, 0],
  6: (w) => [0, -1, 1, 0, 0, w],
  7: (w, h) => [0, -1, -1, 0, h, w],
  8: (_, h) => [0, 1, -1, 0, h, 0],
};

/** When the phone says the photo was taken (as in its EXIF), so the file is the same on every run. */
const TAKEN = Date.UTC(2024, 4, 1, 10, 20, 30);

/**
 * A realistic synthetic photo of an ID card, as a phone produces it: an ID-1 card (photo box with a face-like
 * shape, name and number fields, a guilloche, three MRZ lines) lying at a slight angle on a desk (wood, linen,
 * granite, paper, …), with a little softness and sensor noise, encoded as JPEG with the phone's EXIF — GPS
 * position, make, model, serial, date taken and orientation — unless `exif: false`. Deterministic by `seed`.
 * `degrade` takes it badly (blur, dark, overexposed, glare) for capture-guidance states.
 *
 * **Browser only** (OffscreenCanvas and its JPEG encoder): for browser tests and stories. Rejects elsewhere
 * (Node, jsdom); there, `createJpegBytes` makes a small valid JPEG.
 *
 * @example
 * await userEvent.upload(input, await createSamplePhoto({ name: 'passport.jpg' }));
 * const blurred = await createSamplePhoto({ degrade: 'blur', exif: false });
 */
export async function createSamplePhoto(options: SamplePhotoOptions = {}): Promise<File> {
  const { name = 'id-card.jpg', width = 1600, height = 1100, seed = 1, quality = 0.9, exif = {}, degrade } = options;
  if (typeof OffscreenCanvas !== 'function') {
    throw new Error('createSamplePhoto needs a browser (OffscreenCanvas and its JPEG encoder): call it in a browser test or a story, not in Node or jsdom.');
  }
  for (const [key, value] of [['width', width], ['height', height]] as const) {
    if (!Number.isInteger(value) || value < 16 || value > 8192) throw new RangeError(`createSamplePhoto: ${key} must be a whole number of px from 16 to 8192, got ${value}.`);
  }
  if (!(quality > 0 && quality <= 1)) throw new RangeError(`createSamplePhoto: quality must be in (0, 1], got ${quality}.`);
  const orientation = exif ? (exif.orientation ?? 1) : 1;
  const store = storing[orientation];
  if (!store) throw new RangeError(`createSamplePhoto: exif.orientation must be 1–8, got ${orientation}.`);
  if (degrade !== undefined && !(degrade in degraded)) throw new RangeError(`createSamplePhoto: degrade must be one of ${Object.keys(degraded).join(', ')}, got "${String(degrade)}".`);

  const scene = renderScene(createRandom(seed), { width, height });
  const shown = exposePhoto(scene, { ...goodCamera, ...(degrade && degraded[degrade]) }, seed);
  const turned = orientation >= 5;
  const sensor = new OffscreenCanvas(turned ? height : width, turned ? width : height);
  const ctx = sensor.getContext('2d') as OffscreenCanvasRenderingContext2D;
  ctx.setTransform(...store(width, height));
  ctx.drawImage(shown, 0, 0);
  const jpeg = new Uint8Array(await (await sensor.convertToBlob({ type: 'image/jpeg', quality })).arrayBuffer());
  const bytes = exif ? withExif(jpeg, createPhoneExif({ orientation, gps: exif.gps ?? true })) : jpeg;
  return new File([bytes], name, { type: 'image/jpeg', lastModified: TAKEN });
}

/** The JPEG with `tiff` as its APP1 Exif segment, in place of the encoder's JFIF header (phones write no JFIF). */
function withExif(jpeg: Uint8Array<ArrayBuffer>, tiff: Uint8Array): Uint8Array<ArrayBuffer> {
  const hasJfif = jpeg[2] === 0xff && jpeg[3] === 0xe0;
  const rest = jpeg.subarray(hasJfif ? 4 + ((jpeg[4]! << 8) | jpeg[5]!) : 2);
  const length = 2 + 6 + tiff.length;
  if (length > 0xffff) throw new RangeError('createSamplePhoto: the EXIF block is larger than a JPEG segment can hold.');
  const out = new Uint8Array(2 + 2 + length + rest.length);
  out.set([0xff, 0xd8, 0xff, 0xe1, length >> 8, length & 0xff, ...[...'Exif\0\0'].map((c) => c.charCodeAt(0))]);
  out.set(tiff, 12);
  out.set(rest, 12 + tiff.length);
  return out;
}
