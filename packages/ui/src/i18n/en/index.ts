import { common } from './common.js';
import { uploader } from './uploader.js';
import { list } from './list.js';
import { dialog } from './dialog.js';
import { manager } from './manager.js';
import { erase } from './erase.js';

/** The English catalogue: every string the widgets show. The default, and the list of keys every locale must have. */
export const en = {
  ...common,
  ...uploader,
  ...list,
  ...dialog,
  ...manager,
  ...erase,
};

/** A key of the catalogue. */
export type MessageKey = keyof typeof en;
