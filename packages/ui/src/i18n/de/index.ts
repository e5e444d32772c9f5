import type { Messages } from '../messages.js';
import { common } from './common.js';
import { uploader } from './uploader.js';
import { list } from './list.js';
import { dialog } from './dialog.js';
import { manager } from './manager.js';
import { erase } from './erase.js';

/**
 * German catalogue. Its own entry point, so it is only in a bundle that imports it.
 * @example
 * import { de } from '@iddocs/ui/locales/de';
 * <DocumentManager locale="de" messages={de} types={types} />
 */
export const de: Messages = {
  ...common,
  ...uploader,
  ...list,
  ...dialog,
  ...manager,
  ...erase,
};
