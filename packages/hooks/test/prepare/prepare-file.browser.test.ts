import { afterEach, describe, expect, it, vi } from 'vitest';
import { isPrepareError, prepareFile, type PrepareError, type PrepareOptions } from '@iddocs/hooks/prepare';
import { createSamplePhoto } from '@iddocs/testing';
import { BLUE, GREEN, RED, YELLOW, cameraJpeg, decodeShown, encode, fileOf, near, quadrants, spliceAfterSoi } from './browser-images.js';
import { ascii, concat, identifyingStrings, jpegMetadataLeft, metadataSegments, phoneExif, readJpeg, segment } from './image-fixtures.js';

const bytesOf = async (blob: Blob) => new Uint8Array(await blob.arrayBuffer());
/** SHA-256 of a file, in hex: compares megabytes with a short message when they differ. */
const digestOf = async (blob: Blob) => [...new Uint8Array(await crypto.subtle.digest('SHA-256', await blob.arrayBuffer()))].map((byte) => byte.toString(16).padStart(2, '0')).join('');

/** A scanned card on `background`, or on nothing (transparent) as some scanning apps save it. */
function scannedCard(background?: string): OffscreenCanvas {
  const canvas = new OffscreenCanvas(1600, 1000);
  const context = canvas.getContext('2d')!;
  if (background) {
    context.fillStyle = background;
    context.fillRect(0, 0, 1600, 1000);
  }
  context.fillStyle = '#e8e4da';
  context.fillRect(300, 200, 1000, 600);
  context.fillStyle = '#222';
  context.font = '48px monospace';
  for (let line = 0; line < 6; line += 1) context.fillText('P<UTOERIKSSON<<ANNA<MARIA<<<', 340, 300 + line * 80);
  return canvas;
}

/** Options as a JavaScript caller passes props through: every one of them unset, as `undefined`. */
const passedThrough = { stripMetadata: undefined, maxEdge: undefined, quality: undefined, heic: undefined, worker: undefined, qualityHints: undefined } as unknown as PrepareOptions;

/** A Blob whose bytes can no longer be read. */
class UnreadableBlob extends Blob {
  override arrayBuffer(): Promise<ArrayBuffer> {
    return Promise.reject(new DOMException('A requested file or directory could not be found', 'NotReadableError'));
  }
}

/** A file moved or deleted after it was chosen: every read of it fails. */
class VanishedFile extends File {
  override slice(): Blob {
    return new UnreadableBlob();
  }
}

async function heicFixture() {
  const response = await fetch(new URL('./fixtures/quadrants.heic', import.meta.url));
  return new File([await response.arrayBuffer()], 'IMG_0042.HEIC', { type: 'image/heic' });
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe.each([
  { path: 'in a worker', worker: true },
  { path: 'on the main thread', worker: false },
])('prepareFile $path', ({ worker }) => {
  it('given a photo with EXIF orientation 6, it should come out upright, with swapped dimensions and no metadata', async () => {
    const original = await cameraJpeg(400, 300, { orientation: 6 });
    const { file, report } = await prepareFile(fileOf(original, 'passport.jpg'), { worker });
    const output = await bytesOf(file);

    expect(jpegMetadataLeft(output)).toEqual([]);
    expect(identifyingStrings(output)).toEqual([]);
    const stored = await decodeShown(file);
    expect({ width: stored.width, height: stored.height }).toEqual({ width: 300, height: 400 });
    // Stored red | green over blue | yellow, turned 90° clockwise: blue | red over yellow | green.
    const [topLeft, topRight, bottomLeft, bottomRight] = stored.corners();
    expect([near(topLeft!, BLUE), near(topRight!, RED), near(bottomLeft!, YELLOW), near(bottomRight!, GREEN)]).toEqual([true, true, true, true]);
    expect(report).toMatchObject({ reencoded: true, before: { width: 300, height: 400 }, after: { width: 300, height: 400, type: 'image/jpeg', bytes: file.size } });
    expect(report.removed).toEqual(expect.arrayContaining(['location', 'camera', 'date-taken', 'orientation', 'xmp', 'iptc', 'comment']));
  });

  it.each([1, 2, 3, 4, 5, 6, 7, 8])('given EXIF orientation %i, it should come out as the browser shows the original, untagged, downscaled or not', async (orientation) => {
    const original = fileOf(await cameraJpeg(400, 300, { orientation }), 'card.jpg');
    const shown = await decodeShown(original);
    for (const maxEdge of [2560, 200]) {
      const { file, report } = await prepareFile(original, { worker, maxEdge });
      const output = await decodeShown(file);

      expect(jpegMetadataLeft(await bytesOf(file))).toEqual([]);
      const scale = Math.min(1, maxEdge / 400);
      expect({ width: output.width, height: output.height }).toEqual({ width: shown.width * scale, height: shown.height * scale });
      expect(report.after).toMatchObject({ width: output.width, height: output.height });
      // Four distinct corners tell every turn and flip apart.
      const expected = shown.corners();
      expect(output.corners().map((corner, index) => near(corner, expected[index]!))).toEqual([true, true, true, true]);
    }
  });

  it('given a turned photo of many tiles, it should put every pixel where the browser shows it', async () => {
    // Per-pixel noise: a tile out of place, or a seam, differs by ~20 levels; the re-encode alone by ~1.
    const original = fileOf(await cameraJpeg(1100, 700, { orientation: 6, noise: true }), 'page.jpg');
    const shown = await decodeShown(original);
    const { file } = await prepareFile(original, { worker, quality: 1 });
    const output = await decodeShown(file);
    expect({ width: output.width, height: output.height }).toEqual({ width: 700, height: 1100 });

    const [expected, actual] = [shown.rgba(), output.rgba()];
    const worst = { row: 0, column: 0 };
    for (const [axis, length, along] of [['row', 1100, 700], ['column', 700, 1100]] as const) {
      for (let line = 0; line < length; line += 1) {
        let difference = 0;
        for (let at = 0; at < along; at += 1) {
          const index = 4 * (axis === 'row' ? line * 700 + at : at * 700 + line);
          difference += Math.abs(expected[index]! - actual[index]!) + Math.abs(expected[index + 1]! - actual[index + 1]!);
        }
        worst[axis] = Math.max(worst[axis], difference / (2 * along));
      }
    }
    expect(worst.row).toBeLessThan(4);
    expect(worst.column).toBeLessThan(4);
  });

  it('given an upright photo within the size limit, it should strip the metadata losslessly: image data identical', async () => {
    const original = await cameraJpeg(640, 480);
    const { file, report } = await prepareFile(fileOf(original, 'licence.jpg'), { worker });
    const output = await bytesOf(file);

    expect(readJpeg(output).imageData).toEqual(readJpeg(original).imageData);
    expect(jpegMetadataLeft(output)).toEqual([]);
    expect(identifyingStrings(output)).toEqual([]);
    expect(report).toMatchObject({ reencoded: false, before: { bytes: original.length, width: 640, height: 480 }, after: { bytes: output.length, width: 640, height: 480 } });
    expect(file.name).toBe('licence.jpg');
  });

  it('should downscale to maxEdge, keeping the aspect ratio, and carry no metadata after the re-encode', async () => {
    const original = await cameraJpeg(1800, 1200, { noise: true });
    const { file, report } = await prepareFile(fileOf(original, 'card.jpg'), { worker, maxEdge: 900 });
    const output = await bytesOf(file);

    expect(readJpeg(output)).toMatchObject({ width: 900, height: 600 });
    expect(jpegMetadataLeft(output)).toEqual([]);
    expect(identifyingStrings(output)).toEqual([]);
    expect(report).toMatchObject({ reencoded: true, before: { width: 1800, height: 1200 }, after: { width: 900, height: 600 } });
    expect(file.size).toBeLessThan(original.length);
  });

  it('should average fine detail when shrinking a lot (no aliasing): 1-px stripes become an even grey', async () => {
    const canvas = new OffscreenCanvas(1600, 1200);
    const context = canvas.getContext('2d')!;
    context.fillStyle = '#fff';
    context.fillRect(0, 0, 1600, 1200);
    context.fillStyle = '#000';
    for (let x = 0; x < 1600; x += 2) context.fillRect(x, 0, 1, 1200);
    // 3.7× smaller: sampled without averaging, the stripes would beat into dark and light bands.
    const { file } = await prepareFile(fileOf(await encode(canvas, 'image/png'), 'stripes.png', 'image/png'), { worker, maxEdge: 430 });
    const { width, pixel } = await decodeShown(file);

    expect(width).toBe(430);
    const greys = Array.from({ length: 40 }, (_, index) => pixel(10 + index * 10, 150)[0]!);
    expect(Math.min(...greys)).toBeGreaterThan(90);
    expect(Math.max(...greys)).toBeLessThan(170);
  });

  it('should never upscale', async () => {
    const original = await cameraJpeg(300, 200, { orientation: 6 });
    const { file } = await prepareFile(fileOf(original, 'small.jpg'), { worker, maxEdge: 5000 });
    expect(readJpeg(await bytesOf(file))).toMatchObject({ width: 200, height: 300 });
  });

  it('given a downscale that would be larger than the original, it should keep the (stripped) original', async () => {
    const original = await cameraJpeg(1200, 800, { noise: true, quality: 0.2 });
    const { file, report } = await prepareFile(fileOf(original, 'tiny.jpg'), { worker, maxEdge: 1100, quality: 1 });
    const output = await bytesOf(file);

    expect(report).toMatchObject({ reencoded: false, after: { width: 1200, height: 800 } });
    expect(readJpeg(output).imageData).toEqual(readJpeg(original).imageData);
    expect(jpegMetadataLeft(output)).toEqual([]);
  });

  it('given a damaged JPEG, it should reject with CORRUPT_IMAGE naming the file, and return no file', async () => {
    const original = await cameraJpeg(400, 300);
    const damaged = fileOf(original.slice(0, original.length / 2), 'scan-front.jpg');
    const error = await prepareFile(damaged, { worker }).catch((reason: unknown) => reason);

    expect(isPrepareError(error)).toBe(true);
    expect(error).toMatchObject({ code: 'CORRUPT_IMAGE', fileName: 'scan-front.jpg' });
    expect((error as PrepareError).message).toMatch(/^"scan-front\.jpg" could not be read as an image.*Choose another file/);
  });

  it('given images whose structure is sound but whose content cannot be decoded, it should reject with CORRUPT_IMAGE', async () => {
    const jpeg = await cameraJpeg(400, 300);
    const frame = jpeg.findIndex((byte, at) => byte === 0xff && jpeg[at + 1] === 0xc0);
    jpeg[frame + 9] = 0; // the frame header now declares zero colour components
    const png = await encode(quadrants(200, 100, { noise: true }), 'image/png');
    for (let at = 60; at < png.length - 20; at += 1) png[at] = at & 0xff; // compressed pixels replaced by garbage

    // At maxEdge 150 the JPEG goes through the scaled decode first.
    for (const [file, maxEdge] of [[fileOf(jpeg, 'front.jpg'), 2560], [fileOf(jpeg, 'front.jpg'), 150], [fileOf(png, 'back.png', 'image/png'), 2560]] as const) {
      const error = await prepareFile(file, { worker, maxEdge }).catch((reason: unknown) => reason);
      expect(error).toMatchObject({ name: 'PrepareError', code: 'CORRUPT_IMAGE', fileName: file.name });
    }
  });

  it('given a damaged HEIC photo, it should reject with CORRUPT_IMAGE', async () => {
    const heic = await heicFixture();
    const damaged = new File([(await heic.arrayBuffer()).slice(0, 300)], 'IMG_0043.HEIC');
    await expect(prepareFile(damaged, { worker })).rejects.toMatchObject({ code: 'CORRUPT_IMAGE', fileName: 'IMG_0043.HEIC' });
  });

  it('should convert a HEIC photo to JPEG, upright, without its EXIF, and rename it', async () => {
    const { file, report } = await prepareFile(await heicFixture(), { worker });
    const output = await bytesOf(file);

    expect(file).toMatchObject({ name: 'IMG_0042.jpg', type: 'image/jpeg' });
    expect(jpegMetadataLeft(output)).toEqual([]);
    expect(identifyingStrings(output)).toEqual([]);
    const stored = await decodeShown(file);
    expect({ width: stored.width, height: stored.height }).toEqual({ width: 96, height: 64 });
    const [topLeft, topRight, bottomLeft, bottomRight] = stored.corners();
    expect([near(topLeft!, RED), near(topRight!, GREEN), near(bottomLeft!, BLUE), near(bottomRight!, YELLOW)]).toEqual([true, true, true, true]);
    expect(report).toMatchObject({ converted: 'heic-to-jpeg', reencoded: true, before: { type: 'image/heic', width: 96, height: 64 } });
    expect(report.removed.toSorted()).toEqual(['camera', 'location']);
  });
});

describe('prepareFile', () => {
  it('should pass a PDF through untouched: the same file, the same bytes', async () => {
    const pdf = new File(['%PDF-1.7\n1 0 obj <<>> endobj\n%%EOF\n'], 'statement.pdf', { type: 'application/pdf' });
    const { file, report } = await prepareFile(pdf);

    expect(file).toBe(pdf);
    expect(report).toMatchObject({ passedThrough: 'pdf', reencoded: false, removed: [], before: { bytes: pdf.size, type: 'application/pdf' } });
  });

  it('should refuse an image format it cannot clean (GIF, AVIF), and pass it through only with stripMetadata: false', async () => {
    const gif = new File([Uint8Array.of(0x47, 0x49, 0x46, 0x38, 0x39, 0x61, 1, 0, 1, 0, 0, 0, 0, 0x3b)], 'scan.gif', { type: 'image/gif' });
    // An AVIF whose major brand is mif1 (the client's file check takes that for HEIF).
    const avif = new File([Uint8Array.of(0, 0, 0, 24), 'ftypmif1\0\0\0\0avifmif1', new Uint8Array(64)], 'photo.avif');
    for (const image of [gif, avif]) await expect(prepareFile(image)).rejects.toMatchObject({ code: 'UNSUPPORTED', fileName: image.name });

    const { file, report } = await prepareFile(gif, { stripMetadata: false });
    expect(file).toBe(gif);
    expect(report).toMatchObject({ passedThrough: 'other-format', removed: [], before: { type: 'image/gif' } });
  });

  it('should pass a file that is no image through untouched', async () => {
    const text = new File(['plain words, no picture'], 'notes.txt', { type: 'text/plain' });
    const { file, report } = await prepareFile(text);
    expect(file).toBe(text);
    expect(report.passedThrough).toBe('other-format');
  });

  it('given a decodable JPEG with a restart marker before its EXIF, it should still remove the EXIF', async () => {
    const original = spliceAfterSoi(await encode(quadrants(64, 48)), Uint8Array.of(0xff, 0xd0), ...metadataSegments({ orientation: 1 }));
    const { file, report } = await prepareFile(fileOf(original, 'odd.jpg'), { worker: false });
    expect(identifyingStrings(await bytesOf(file))).toEqual([]);
    expect(report.removed).toContain('location');
  });

  it('with heic: "keep", it should leave a HEIC photo as it is', async () => {
    const heic = await heicFixture();
    const { file, report } = await prepareFile(heic, { heic: 'keep' });
    expect(file).toBe(heic);
    expect(report.passedThrough).toBe('heic-kept');
  });

  it('given a file named .jpg whose content is no image, it should reject with CORRUPT_IMAGE', async () => {
    const fake = new File(['<html>not a photo</html>'], 'photo.jpg', { type: 'image/jpeg' });
    await expect(prepareFile(fake)).rejects.toMatchObject({ code: 'CORRUPT_IMAGE', fileName: 'photo.jpg' });
  });

  it('given a file that says it is an image by its name alone or by its type alone, and is none, it should reject with CORRUPT_IMAGE', async () => {
    // A photo whose start was lost (a failed copy): what follows still holds its EXIF, so it must not pass through.
    const damaged = concat(new Uint8Array(64), ...metadataSegments());
    for (const file of [new File([damaged], 'IMG_0042.JPG'), new File([damaged], 'upload', { type: 'image/heic' })]) {
      await expect(prepareFile(file)).rejects.toMatchObject({ code: 'CORRUPT_IMAGE', fileName: file.name });
    }
  });

  it('given a file that can no longer be read, it should reject with CORRUPT_IMAGE naming it', async () => {
    const gone = new VanishedFile([await cameraJpeg(40, 30)], 'IMG_0044.jpg', { type: 'image/jpeg' });
    await expect(prepareFile(gone)).rejects.toMatchObject({ name: 'PrepareError', code: 'CORRUPT_IMAGE', fileName: 'IMG_0044.jpg' });
  });

  it('given a photo whose only extra is a motion-photo video after the image, it should upload it without the video', async () => {
    const jpeg = await encode(quadrants(64, 48));
    // The MP4 of a Motion Photo, whose ©xyz atom says where it was shot.
    const video = concat(Uint8Array.of(0, 0, 0, 24), ascii('ftypmp42'), new Uint8Array(12), ascii('\xa9xyz+48.8584+002.2945/'));
    const { file, report } = await prepareFile(fileOf(concat(jpeg, video), 'PXL_0001.MP.jpg'));

    expect(await bytesOf(file)).toEqual(jpeg);
    expect(report).toMatchObject({ removed: ['other'], reencoded: false, after: { bytes: jpeg.length } });
  });

  it('given an EXIF orientation written after the image data, which the browser does not apply, it should come out as the browser shows it', async () => {
    const jpeg = await encode(quadrants(400, 300));
    const late = segment(0xe1, 'Exif\0\0', phoneExif({ orientation: 6 }));
    const original = fileOf(concat(jpeg.subarray(0, -2), late, jpeg.subarray(-2)), 'late.jpg');
    const shown = await decodeShown(original);
    const { file, report } = await prepareFile(original);
    const output = await decodeShown(file);

    expect({ width: shown.width, height: shown.height }).toEqual({ width: 400, height: 300 });
    expect({ width: output.width, height: output.height }).toEqual({ width: 400, height: 300 });
    expect(report.removed).toContain('location');
  });

  it('given a photo exactly maxEdge long, it should not re-encode it', async () => {
    const original = await cameraJpeg(640, 480, { quality: 1, noise: true });
    const { file, report } = await prepareFile(fileOf(original, 'edge.jpg'), { maxEdge: 640 });

    expect(report).toMatchObject({ reencoded: false, after: { width: 640, height: 480 } });
    expect(readJpeg(await bytesOf(file)).imageData).toEqual(readJpeg(original).imageData);
  });

  it('with stripMetadata: false, a photo downscaled (which drops its metadata) should report what was dropped', async () => {
    const { file, report } = await prepareFile(fileOf(await cameraJpeg(800, 600, { noise: true }), 'big.jpg'), { stripMetadata: false, maxEdge: 400 });

    expect(report.reencoded).toBe(true);
    expect(identifyingStrings(await bytesOf(file))).toEqual([]);
    expect(report.removed).toEqual(expect.arrayContaining(['location', 'camera', 'date-taken']));
  });

  it('should take an option given as undefined (a prop passed through) for its default: metadata is still removed', async () => {
    const { file, report } = await prepareFile(fileOf(await cameraJpeg(400, 300), 'id.jpg'), { ...passedThrough, maxEdge: 2560, quality: 0.85, heic: 'jpeg' });

    expect(identifyingStrings(await bytesOf(file))).toEqual([]);
    expect(report.removed).toContain('location');
  });

  it('should downscale to 2560 px at quality 0.85 by default, as documented, also with every option given as undefined', async () => {
    const photo = fileOf(await cameraJpeg(3000, 2000, { noise: true }), 'page.jpg');
    const asDocumented = await prepareFile(photo, { maxEdge: 2560, quality: 0.85 });
    const byDefault = await prepareFile(photo);
    const passedOn = await prepareFile(photo, passedThrough);

    expect(asDocumented.report.after).toMatchObject({ width: 2560, height: 1707 });
    expect(await digestOf(byDefault.file)).toBe(await digestOf(asDocumented.file));
    expect(await digestOf(passedOn.file)).toBe(await digestOf(asDocumented.file));
  });

  it('with stripMetadata: false and nothing to resize, it should return the file unchanged', async () => {
    const original = fileOf(await cameraJpeg(400, 300, { orientation: 6 }), 'keep.jpg');
    const { file, report } = await prepareFile(original, { stripMetadata: false });
    expect(file).toBe(original);
    expect(report).toMatchObject({ removed: [], reencoded: false, before: { width: 300, height: 400 } });
  });

  it('should strip a PNG losslessly and a WebP by chunks', async () => {
    const png = await encode(quadrants(200, 100), 'image/png');
    const { report: pngReport } = await prepareFile(fileOf(png, 'screen.png', 'image/png'));
    expect(pngReport).toMatchObject({ reencoded: false, after: { type: 'image/png', width: 200, height: 100 } });

    const webp = await encode(quadrants(800, 400, { noise: true }), 'image/webp');
    const { file, report } = await prepareFile(fileOf(webp, 'photo.webp', 'image/webp'), { maxEdge: 200 });
    expect(report).toMatchObject({ reencoded: true, after: { type: 'image/jpeg', width: 200, height: 100 } });
    expect(file.name).toBe('photo.jpg');
  });

  it('should give the capture-quality hints of the analysis, and none when they are off', async () => {
    const small = fileOf(await cameraJpeg(400, 300), 'small.jpg');
    const { report } = await prepareFile(small);
    expect(report.hints).toContainEqual({ kind: 'low-resolution', measured: 400, threshold: 1000 });

    const { report: quiet } = await prepareFile(small, { qualityHints: false });
    expect(quiet.hints).toEqual([]);
    const { report: lenient } = await prepareFile(small, { qualityThresholds: { minLongEdge: 300 } });
    expect(lenient.hints.map((hint) => hint.kind)).not.toContain('low-resolution');
  });

  it.each(['blur', 'dark', 'glare', 'none'] as const)('given a photo (degraded: %s) turned by its EXIF orientation, it should give the hints of the same photo upright', async (degrade) => {
    const photo = { seed: 5, ...(degrade !== 'none' && { degrade }) };
    const upright = await prepareFile(await createSamplePhoto(photo));
    for (const orientation of [3, 6, 8]) {
      const turned = await prepareFile(await createSamplePhoto({ ...photo, exif: { orientation } }));
      expect(turned.report.hints.map(({ kind }) => kind)).toEqual(upright.report.hints.map(({ kind }) => kind));
    }
    expect(upright.report.hints.length).toBe(degrade === 'none' ? 0 : 1);
  });

  it('should measure a transparent image as it will look, on white: the same hints as the image drawn on white', async () => {
    const transparent = await prepareFile(fileOf(await encode(scannedCard(), 'image/png'), 'scan.png', 'image/png'));
    const onWhite = await prepareFile(fileOf(await encode(scannedCard('#fff'), 'image/png'), 'scan.png', 'image/png'));

    expect(transparent.report.hints).toEqual(onWhite.report.hints);
  });

  it('should reject options that would do the wrong thing, naming the option', async () => {
    const file = fileOf(await cameraJpeg(40, 30), 'a.jpg');
    await expect(prepareFile(file, { maxEdge: 0 })).rejects.toThrow(/maxEdge must be at least 1 px, got 0/);
    await expect(prepareFile(file, { quality: 1.5 })).rejects.toThrow(/quality must be in \(0, 1\], got 1.5/);
    // A JS caller's typo: converting when asked to keep would be the silent wrong thing.
    await expect(prepareFile(file, { heic: 'kept' as 'keep' })).rejects.toThrow(/heic must be 'jpeg' or 'keep', got kept/);
  });
});

/** Mean absolute difference of two RGBA images of the same size, in levels of 255. */
const meanDifference = (a: Uint8ClampedArray, b: Uint8ClampedArray) => a.reduce((sum, value, index) => sum + Math.abs(value - b[index]!), 0) / a.length;

describe('prepareFile, a JPEG at least twice the size asked', () => {
  it('should decode it at half size (ImageDecoder) and come out as from a full decode', async () => {
    const original = fileOf(await cameraJpeg(2400, 1600, { noise: true }), 'big.jpg');
    const asked: ImageDecoderInit[] = [];
    vi.stubGlobal(
      'ImageDecoder',
      class extends ImageDecoder {
        constructor(init: ImageDecoderInit) {
          super(init);
          asked.push(init);
        }
      },
    );
    const scaled = await prepareFile(original, { worker: false, maxEdge: 1000 });
    // 1200×800 (one pixel over, see decodeJpegScaled) covers 1000×667; 600×400 would not.
    expect(asked).toEqual([expect.objectContaining({ desiredWidth: 1201, desiredHeight: 801 })]);

    vi.stubGlobal('ImageDecoder', undefined);
    const full = await prepareFile(original, { worker: false, maxEdge: 1000 });
    vi.unstubAllGlobals();

    const [fromScaled, fromFull] = await Promise.all([decodeShown(scaled.file), decodeShown(full.file)]);
    expect([fromScaled.width, fromScaled.height]).toEqual([1000, 667]);
    expect([fromFull.width, fromFull.height]).toEqual([1000, 667]);
    expect(meanDifference(fromScaled.rgba(), fromFull.rgba())).toBeLessThan(3);
    expect(scaled.report.after).toMatchObject({ width: 1000, height: 667 });
  });

  it('given an ImageDecoder that fails, it should decode in full instead', async () => {
    vi.stubGlobal(
      'ImageDecoder',
      class {
        decode = () => Promise.reject(new DOMException('no codec', 'NotSupportedError'));
        close() {}
      },
    );
    const { file } = await prepareFile(fileOf(await cameraJpeg(800, 600, { orientation: 6 }), 'card.jpg'), { worker: false, maxEdge: 300 });
    vi.unstubAllGlobals();
    const output = await decodeShown(file);
    expect([output.width, output.height]).toEqual([225, 300]);
    const [topLeft, topRight, bottomLeft, bottomRight] = output.corners();
    expect([near(topLeft!, BLUE), near(topRight!, RED), near(bottomLeft!, YELLOW), near(bottomRight!, GREEN)]).toEqual([true, true, true, true]);
  });

  it.each(['blur', 'dark', 'glare', 'none'] as const)('should give the hints of a full decode (degraded: %s)', async (degrade) => {
    const photo = await createSamplePhoto({ width: 4000, height: 3000, seed: 6, ...(degrade !== 'none' && { degrade }) });
    const scaled = await prepareFile(photo, { worker: false, maxEdge: 1600 });
    vi.stubGlobal('ImageDecoder', undefined);
    const full = await prepareFile(photo, { worker: false, maxEdge: 1600 });
    vi.unstubAllGlobals();
    expect(scaled.report.hints.map(({ kind }) => kind)).toEqual(full.report.hints.map(({ kind }) => kind));
    expect(full.report.hints.length).toBe(degrade === 'none' ? 0 : 1);
  });
});

describe('prepareFile, where it runs', () => {
  it('should use a worker by default, and the same worker again for the next file', async () => {
    const post = vi.spyOn(Worker.prototype, 'postMessage');
    const file = fileOf(await cameraJpeg(400, 300), 'a.jpg');
    await prepareFile(file);
    await prepareFile(file);

    expect(post).toHaveBeenCalledTimes(2);
    expect(post.mock.contexts[1]).toBe(post.mock.contexts[0]);
  });

  it('should not use a worker with worker: false, nor where OffscreenCanvas is missing (then on a <canvas>)', async () => {
    const post = vi.spyOn(Worker.prototype, 'postMessage');
    const file = fileOf(await cameraJpeg(400, 300, { orientation: 6 }), 'a.jpg');
    await prepareFile(file, { worker: false });

    vi.stubGlobal('OffscreenCanvas', undefined);
    const { file: prepared } = await prepareFile(file);
    vi.unstubAllGlobals();

    expect(post).not.toHaveBeenCalled();
    expect(await decodeShown(prepared)).toMatchObject({ width: 300, height: 400 });
  });
});

describe('prepareFile, cancelled', () => {
  it('given an abort while the worker works, it should reject with ABORTED at once and terminate that worker', async () => {
    const controller = new AbortController();
    const realPost = Worker.prototype.postMessage;
    const post = vi.spyOn(Worker.prototype, 'postMessage').mockImplementation(function (this: Worker, ...args: Parameters<Worker['postMessage']>) {
      realPost.apply(this, args);
      controller.abort();
    });
    const terminate = vi.spyOn(Worker.prototype, 'terminate');
    const big = fileOf(await cameraJpeg(3000, 2000, { noise: true }), 'big.jpg');

    await expect(prepareFile(big, { signal: controller.signal })).rejects.toMatchObject({ name: 'PrepareError', code: 'ABORTED', fileName: 'big.jpg' });
    expect(terminate.mock.contexts).toContain(post.mock.contexts[0]);

    post.mockRestore();
    const { report } = await prepareFile(fileOf(await cameraJpeg(40, 30), 'next.jpg'));
    expect(report.removed).toContain('location');
  });

  it('given an abort on the main thread mid-way, it should reject with ABORTED', async () => {
    const controller = new AbortController();
    const realCreate = globalThis.createImageBitmap;
    vi.spyOn(globalThis, 'createImageBitmap').mockImplementation((...args: Parameters<typeof createImageBitmap>) => {
      controller.abort();
      return realCreate(...args);
    });
    const file = fileOf(await cameraJpeg(400, 300, { orientation: 6 }), 'id-card.jpg');
    await expect(prepareFile(file, { worker: false, signal: controller.signal })).rejects.toMatchObject({ code: 'ABORTED', fileName: 'id-card.jpg' });
  });

  it('given a signal already aborted, it should reject with ABORTED and its reason as the cause', async () => {
    const reason = new Error('person closed the dialog');
    const error = await prepareFile(fileOf(await cameraJpeg(40, 30), 'a.jpg'), { signal: AbortSignal.abort(reason) }).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'ABORTED', cause: reason });
  });

  it('given files waiting for a free slot, an abort should reject the waiting one without running it', async () => {
    const file = fileOf(await cameraJpeg(1600, 1200, { noise: true }), 'a.jpg');
    const controller = new AbortController();
    const running = [prepareFile(file, { maxEdge: 800 }), prepareFile(file, { maxEdge: 800 })];
    const waiting = prepareFile(file, { maxEdge: 800, signal: controller.signal });
    controller.abort();
    await expect(waiting).rejects.toMatchObject({ code: 'ABORTED' });
    await expect(Promise.all(running)).resolves.toHaveLength(2);
  });
});
