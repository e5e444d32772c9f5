import { prepareFile } from '@iddocs/hooks/prepare';
import { describe, expect, it } from 'vitest';
import { corruptJpegData, createSamplePhoto, readJpegExif, SAMPLE_GPS_POSITION } from '../src/index.js';

const bytesOf = async (blob: Blob) => new Uint8Array(await blob.arrayBuffer());

/** Decodes a photo as displayed (EXIF orientation applied). */
async function decode(blob: Blob) {
  const bitmap = await createImageBitmap(blob, { imageOrientation: 'from-image' });
  const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
  const context = canvas.getContext('2d')!;
  context.drawImage(bitmap, 0, 0);
  bitmap.close();
  return { width: canvas.width, height: canvas.height, pixels: context.getImageData(0, 0, canvas.width, canvas.height).data };
}

/** Mean absolute difference per channel between two decoded images of one size. */
function meanDifference(a: Uint8ClampedArray, b: Uint8ClampedArray): number {
  let sum = 0;
  for (let i = 0; i < a.length; i++) if (i % 4 !== 3) sum += Math.abs(a[i]! - b[i]!);
  return sum / ((a.length / 4) * 3);
}

/**
 * The photo's pixels as stored: decoded without its APP1 (Chromium applies the EXIF orientation even when told
 * `imageOrientation: 'none'`, which the HTML spec deprecated).
 */
async function decodeStored(photo: Blob) {
  const bytes = await bytesOf(photo);
  const app1 = 2 + 2 + ((bytes[4]! << 8) | bytes[5]!);
  expect(bytes[3]).toBe(0xe1);
  return decode(new Blob([bytes.subarray(0, 2), bytes.subarray(app1)], { type: 'image/jpeg' }));
}

/** Names of the APPn segments before the image data: what a phone's file carries up front. */
function appSegments(bytes: Uint8Array): string[] {
  const names: string[] = [];
  for (let at = 2; bytes[at + 1] !== 0xda; at += 2 + ((bytes[at + 2]! << 8) | bytes[at + 3]!)) {
    const marker = bytes[at + 1]!;
    if (marker >= 0xe0 && marker <= 0xef) names.push(`APP${marker - 0xe0} ${String.fromCharCode(...bytes.subarray(at + 4, at + 8))}`);
  }
  return names;
}

describe('createSamplePhoto, in Chromium', () => {
  it('given no options, it should be a decodable 1600 × 1100 JPEG file, the same on every call', async () => {
    const photo = await createSamplePhoto();
    expect(photo).toBeInstanceOf(File);
    expect({ name: photo.name, type: photo.type }).toEqual({ name: 'id-card.jpg', type: 'image/jpeg' });
    const { width, height } = await decode(photo);
    expect({ width, height }).toEqual({ width: 1600, height: 1100 });
    // A phone photo, not a thumbnail: far above the uploader's 1 KiB minimum.
    expect(photo.size).toBeGreaterThan(100_000);
    expect(await bytesOf(await createSamplePhoto())).toEqual(await bytesOf(photo));
    expect(await bytesOf(await createSamplePhoto({ seed: 2 }))).not.toEqual(await bytesOf(photo));
  });

  it('should have the size and name asked', async () => {
    const photo = await createSamplePhoto({ width: 900, height: 1200, name: 'licence.jpg' });
    expect(photo.name).toBe('licence.jpg');
    const { width, height } = await decode(photo);
    expect({ width, height }).toEqual({ width: 900, height: 1200 });
  });

  it('should carry a phone EXIF with GPS by default, in APP1 where JFIF was (parsed here, not by the code under test)', async () => {
    const bytes = await bytesOf(await createSamplePhoto());
    // Phones write EXIF first and no JFIF header (the colour profile stays).
    expect(appSegments(bytes)).toEqual(['APP1 Exif', 'APP2 ICC_']);
    const exif = readJpegExif(bytes);
    expect(exif?.position?.latitude).toBeCloseTo(SAMPLE_GPS_POSITION.latitude, 6);
    expect(exif?.position?.longitude).toBeCloseTo(SAMPLE_GPS_POSITION.longitude, 6);
    expect(exif?.position).toEqual({ latitude: expect.closeTo(48.1417, 3), longitude: expect.closeTo(11.57, 3) });
    expect(exif?.orientation).toBe(1);
    expect([exif?.ifd0.get(0x010f), exif?.ifd0.get(0x0110), exif?.exif.get(0xa431), exif?.exif.get(0x9003)]).toEqual(['TestCam', 'Phone X Pro', 'SERIAL-12345', '2024:05:01 10:20:30']);
  });

  it('given exif.gps false, it should keep the camera data without a position; given exif false, no EXIF at all', async () => {
    const noGps = readJpegExif(await bytesOf(await createSamplePhoto({ exif: { gps: false } })));
    expect(noGps?.ifd0.get(0x010f)).toBe('TestCam');
    expect(noGps?.gps.size).toBe(0);
    expect(noGps?.position).toBeUndefined();
    const bare = await bytesOf(await createSamplePhoto({ exif: false }));
    expect(readJpegExif(bare)).toBeUndefined();
    expect(appSegments(bare)).toEqual(['APP0 JFIF', 'APP2 ICC_']);
  });

  it.each([
    { orientation: 3, stored: { width: 640, height: 440 } },
    { orientation: 6, stored: { width: 440, height: 640 } },
    { orientation: 8, stored: { width: 440, height: 640 } },
  ])('given orientation $orientation, it should store the pixels turned so the photo displays upright at the size asked', async ({ orientation, stored }) => {
    const upright = await decode(await createSamplePhoto({ width: 640, height: 440, exif: { orientation: 1 } }));
    const photo = await createSamplePhoto({ width: 640, height: 440, exif: { orientation } });
    expect(readJpegExif(await bytesOf(photo))?.orientation).toBe(orientation);
    const asStored = await decodeStored(photo);
    expect({ width: asStored.width, height: asStored.height }).toEqual(stored);
    const shown = await decode(photo);
    expect({ width: shown.width, height: shown.height }).toEqual({ width: 640, height: 440 });
    // The same picture once displayed, up to JPEG noise.
    expect(meanDifference(shown.pixels, upright.pixels)).toBeLessThan(4);
  });

  it('given orientation 3, the stored pixels should be upside down (so the check above means something)', async () => {
    const upright = await decode(await createSamplePhoto({ width: 640, height: 440, exif: { orientation: 1 } }));
    const asStored = await decodeStored(await createSamplePhoto({ width: 640, height: 440, exif: { orientation: 3 } }));
    expect(meanDifference(asStored.pixels, upright.pixels)).toBeGreaterThan(10);
  });

  it('given prepareFile, the default photo should lose its location (and camera, date) and get no quality hint', async () => {
    const { file, report } = await prepareFile(await createSamplePhoto());
    expect(report.removed).toEqual(expect.arrayContaining(['location', 'camera', 'date-taken']));
    expect(report.hints).toEqual([]);
    expect(readJpegExif(await bytesOf(file))).toBeUndefined();
  });

  it.each([
    { seed: 2, exif: { gps: false } },
    { seed: 3, exif: { orientation: 6 } },
    { seed: 4, width: 1100, height: 1500 },
  ])('a good photo with $seed and other options should get no quality hint either', async (options) => {
    const { report } = await prepareFile(await createSamplePhoto(options));
    expect(report.hints).toEqual([]);
  });

  it.each([
    { degrade: 'blur', hint: 'blurry' },
    { degrade: 'dark', hint: 'too-dark' },
    { degrade: 'overexposed', hint: 'overexposed' },
    { degrade: 'glare', hint: 'glare' },
  ] as const)('given degrade "$degrade", prepareFile should give the "$hint" hint', async ({ degrade, hint }) => {
    const { report } = await prepareFile(await createSamplePhoto({ degrade }));
    expect(report.hints.map(({ kind }) => kind)).toContain(hint);
  });

  it('should reject options that would not make the photo asked, saying which', async () => {
    await expect(createSamplePhoto({ width: 0 })).rejects.toThrow('width must be a whole number of px from 16 to 8192, got 0');
    await expect(createSamplePhoto({ height: 10.5 })).rejects.toThrow('height must be a whole number');
    await expect(createSamplePhoto({ quality: 2 })).rejects.toThrow('quality must be in (0, 1], got 2');
    await expect(createSamplePhoto({ exif: { orientation: 9 } })).rejects.toThrow('exif.orientation must be 1–8, got 9');
    await expect(createSamplePhoto({ degrade: 'foggy' as 'blur' })).rejects.toThrow('degrade must be one of blur, dark, overexposed, glare, got "foggy"');
  });
});

describe('corruptJpegData, in Chromium', () => {
  it('should keep the name, type, size and headers but leave image data no decoder reads, so prepareFile refuses it as CORRUPT_IMAGE', async () => {
    const photo = await createSamplePhoto({ name: 'passport.jpg' });
    const damaged = await corruptJpegData(photo);
    expect({ name: damaged.name, type: damaged.type, size: damaged.size }).toEqual({ name: photo.name, type: photo.type, size: photo.size });
    expect(readJpegExif(await bytesOf(damaged))?.position).toBeDefined();
    await expect(createImageBitmap(damaged)).rejects.toThrow('could not be decoded');
    await expect(prepareFile(damaged)).rejects.toMatchObject({ name: 'PrepareError', code: 'CORRUPT_IMAGE' });
  });
});
