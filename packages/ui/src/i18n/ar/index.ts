import type { Messages } from '../messages.js';
import { common } from './common.js';
import { uploader } from './uploader.js';
import { list } from './list.js';
import { dialog } from './dialog.js';
import { manager } from './manager.js';
import { erase } from './erase.js';

/**
 * Arabic catalogue (right-to-left: widgets given `locale="ar"` set `dir="rtl"`). Its own entry point.
 * @example
 * import { ar } from '@iddocs/ui/locales/ar';
 * <DocumentManager locale="ar" messages={ar} types={types} />
 */
export const ar: Messages = {
  ...common,
  ...uploader,
  ...list,
  ...dialog,
  ...manager,
  ...erase,
};
