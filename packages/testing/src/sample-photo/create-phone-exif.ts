import { createTiffBytes } from './create-tiff-bytes.js';

/** Options of {@link createPhoneExif}. */
export interface PhoneExifOptions {
  /** EXIF orientation 1–8 (6: the stored pixels must be turned 90° clockwise to display). Default 1. */
  orientation?: number;
  /** Include the GPS position (as phones do unless location is turned off for the camera). Default `true`. */
  gps?: boolean;
  /** Little-endian TIFF ("II"), as many Android phones write. Default `false` (big-endian, as iPhones write). */
  little?: boolean;
}

/** Where the phone says the photo was taken: 48° 8′ 30″ N, 11° 34′ 12″ E (Munich), as {@link readJpegExif} reports it. */
export const SAMPLE_GPS_POSITION = { latitude: 48 + 8 / 60 + 30 / 3600, longitude: 11 + 34 / 60 + 12 / 3600 } as const;

/**
 * The EXIF (a TIFF block) a phone writes into a photo: make "TestCam", model "Phone X Pro", body serial
 * "SERIAL-12345", date taken 2024:05:01 10:20:30 (DateTime and DateTimeOriginal), a maker note, the orientation,
 * and a GPS position ({@link SAMPLE_GPS_POSITION}). Every value is a string a test can search the bytes for.
 *
 * @example
 * const app1 = [0xff, 0xe1, ...length, ...'Exif\0\0', ...createPhoneExif({ orientation: 6 })];
 */
export function createPhoneExif({ orientation = 1, gps = true, little = false }: PhoneExifOptions = {}): Uint8Array<ArrayBuffer> {
  return createTiffBytes({
    little,
    ifd0: [
      { tag: 0x010f, type: 2, value: 'TestCam' },
      { tag: 0x0110, type: 2, value: 'Phone X Pro' },
      { tag: 0x0112, type: 3, value: [orientation] },
      { tag: 0x0132, type: 2, value: '2024:05:01 10:20:30' },
    ],
    exif: [
      { tag: 0x9003, type: 2, value: '2024:05:01 10:20:30' },
      { tag: 0x927c, type: 7, value: [...'MAKERNOTE-SECRET'].map((c) => c.charCodeAt(0)) },
      { tag: 0xa431, type: 2, value: 'SERIAL-12345' },
    ],
    ...(gps && {
      gps: [
        { tag: 0x0000, type: 7, value: [2, 3, 0, 0] },
        { tag: 0x0001, type: 2, value: 'N' },
        { tag: 0x0002, type: 5, value: [48, 1, 8, 1, 3000, 100] },
        { tag: 0x0003, type: 2, value: 'E' },
        { tag: 0x0004, type: 5, value: [11, 1, 34, 1, 1200, 100] },
      ],
    }),
  });
}
