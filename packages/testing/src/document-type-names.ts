/** Names of the default document types, by id. */
export const DOCUMENT_TYPE_NAMES: Readonly<Record<number, string>> = {
  1: 'Passport',
  2: 'ID card',
  3: "Driver's licence",
  4: 'Proof of address',
  5: 'Residence permit',
  6: 'Selfie',
};

/** Document type ids `create` accepts by default. */
export const DEFAULT_TYPE_IDS: readonly number[] = [1, 2, 3, 4, 5, 6];

/** The type object the fake puts on a document. */
export function documentType(id: number): { id: number; name: string } {
  return { id, name: DOCUMENT_TYPE_NAMES[id] ?? `Document type ${id}` };
}
