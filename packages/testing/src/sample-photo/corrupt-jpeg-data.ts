/**
 * The same JPEG with its image data overwritten by noise, as bit rot or a broken copy leaves a photo: the headers
 * are intact (it still sniffs as a JPEG, keeps its size, name and type) but no decoder can read the pixels. For
 * the "image data is damaged" state: the uploader must refuse it and send nothing.
 *
 * @example
 * await userEvent.upload(input, await corruptJpegData(await createSamplePhoto({ name: 'passport.jpg' })));
 */
export async function corruptJpegData(photo: File): Promise<File> {
  const bytes = new Uint8Array(await photo.arrayBuffer());
  if (bytes[0] !== 0xff || bytes[1] !== 0xd8) throw new Error(`corruptJpegData: "${photo.name}" is not a JPEG.`);
  let at = 2;
  while (at + 4 <= bytes.length && !(bytes[at] === 0xff && bytes[at + 1] === 0xda)) at += 2 + ((bytes[at + 2]! << 8) | bytes[at + 3]!);
  if (at + 4 > bytes.length) throw new Error(`corruptJpegData: "${photo.name}" has no image data (no start-of-scan marker).`);
  // Past the scan header, up to the end-of-image marker, with a fixed pattern so the file is the same every run.
  let state = 0x9e3779b9;
  for (let i = at + 2 + ((bytes[at + 2]! << 8) | bytes[at + 3]!); i < bytes.length - 2; i++) {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    bytes[i] = state >>> 24;
  }
  return new File([bytes], photo.name, { type: photo.type, lastModified: photo.lastModified });
}
