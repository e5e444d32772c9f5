/** The name of a `File`, or `'document'` for a bare Blob (used in the multipart body and in messages). */
export function fileNameOf(file: Blob): string {
  const name = (file as Partial<File>).name;
  return typeof name === 'string' && name !== '' ? name : 'document';
}
