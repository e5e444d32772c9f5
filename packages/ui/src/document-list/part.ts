/** The stable styling hooks of a part: `data-part` and an `iddocs-…` class. */
export function part(name: string): { 'data-part': string; className: string } {
  return { 'data-part': name, className: `iddocs-${name}` };
}
