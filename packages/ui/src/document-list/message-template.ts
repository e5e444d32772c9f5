import type { MessageKey } from '../i18n/en/index.js';
import type { I18n } from '../i18n/translator.js';

/** Marks a value's place: a private-use character, which no message contains, and the value's number. */
const SLOT = /\uE000(\d)/;

/**
 * `t(key, values)` for the string values `names`, as a function that translates once and fills in per call: a list
 * of 500 rows then runs `t` (a placeholder scan, and slow on a new translator's first hundreds of calls) once per
 * message instead of 500 times.
 */
export function messageFor({ t }: I18n, key: MessageKey, ...names: string[]): (...values: string[]) => string {
  const pieces = t(key, Object.fromEntries(names.map((name, index) => [name, `\uE000${index}`]))).split(SLOT);
  return (...values) => {
    let text = '';
    for (let index = 0; index < pieces.length; index++) text += index % 2 ? values[pieces[index] as never] : pieces[index];
    return text;
  };
}
