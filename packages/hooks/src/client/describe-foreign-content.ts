const FOREIGN_SIGNATURES: ReadonlyArray<{ prefix: readonly number[]; name: string }> = [
  { prefix: [0x7f, 0x45, 0x4c, 0x46], name: 'a Linux/Unix program (ELF)' },
  { prefix: [0x4d, 0x5a], name: 'a Windows program (EXE/DLL)' },
  { prefix: [0xcf, 0xfa, 0xed, 0xfe], name: 'a macOS program (Mach-O)' },
  { prefix: [0x23, 0x21], name: 'a script' },
  { prefix: [0x50, 0x4b, 0x03, 0x04], name: 'a ZIP archive or Office document' },
  { prefix: [0x52, 0x61, 0x72, 0x21], name: 'a RAR archive' },
  { prefix: [0x37, 0x7a, 0xbc, 0xaf], name: 'a 7-Zip archive' },
  { prefix: [0x47, 0x49, 0x46, 0x38], name: 'a GIF image' },
  { prefix: [0x42, 0x4d], name: 'a BMP image' },
  { prefix: [0x49, 0x49, 0x2a, 0x00], name: 'a TIFF image' },
  { prefix: [0x4d, 0x4d, 0x00, 0x2a], name: 'a TIFF image' },
  { prefix: [0x3c], name: 'an HTML, XML or SVG text' },
];

/** Names what a refused file probably is, from its first bytes, so the message can say it; `undefined` when unknown. */
export function describeForeignContent(bytes: Uint8Array): string | undefined {
  return FOREIGN_SIGNATURES.find(({ prefix }) => prefix.every((byte, index) => bytes[index] === byte))?.name;
}
