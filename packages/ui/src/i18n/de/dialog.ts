import type { dialog as en } from '../en/dialog.js';
import type { MessageValue } from '../message-value.js';

export const dialog: Record<keyof typeof en, MessageValue> = {};
