// Reads a JPEG's segments the way a metadata viewer would, independently of the code under test, and names the
// identifying ones still there: EXIF (and whether it holds a GPS position), XMP, IPTC, comments, other APPn.

const text = (bytes, start, length) => String.fromCharCode(...bytes.subarray(start, start + length));

/** Whether an EXIF (TIFF) block's IFD0 points to a GPS IFD (tag 0x8825). */
function hasGpsPointer(tiff) {
  const view = new DataView(tiff.buffer, tiff.byteOffset, tiff.byteLength);
  const little = tiff[0] === 0x49;
  const ifd = view.getUint32(4, little);
  const count = view.getUint16(ifd, little);
  for (let index = 0; index < count; index += 1) if (view.getUint16(ifd + 2 + index * 12, little) === 0x8825) return true;
  return false;
}

/** Names of the identifying segments left in `bytes` (a JPEG); JFIF, ICC profiles and Adobe colour data are not. */
export function metadataLeft(bytes) {
  if (bytes[0] !== 0xff || bytes[1] !== 0xd8) return [`not a JPEG (${text(bytes, 0, 4)})`];
  const left = [];
  for (let at = 2; at + 4 <= bytes.length && bytes[at + 1] !== 0xda; ) {
    const marker = bytes[at + 1];
    const length = (bytes[at + 2] << 8) | bytes[at + 3];
    const payload = at + 4;
    if (marker === 0xfe) left.push('comment');
    else if (marker === 0xe1 && text(bytes, payload, 6) === 'Exif\0\0') left.push(hasGpsPointer(bytes.subarray(payload + 6, at + 2 + length)) ? 'EXIF with GPS' : 'EXIF');
    else if (marker === 0xe1) left.push('XMP');
    else if (marker === 0xed) left.push('IPTC');
    else if (marker === 0xeb) left.push('C2PA/JUMBF');
    else if (marker >= 0xe0 && marker <= 0xef) {
      const name = text(bytes, payload, 12).replace(/\0.*/s, '');
      if (!/^(JFIF|ICC_PROFILE|Adobe)$/.test(name)) left.push(`APP${marker - 0xe0} ${name}`);
    }
    at += 2 + length;
  }
  return left;
}
