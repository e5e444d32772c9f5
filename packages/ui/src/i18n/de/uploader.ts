import type { uploader as en } from '../en/uploader.js';
import type { MessageValue } from '../message-value.js';

export const uploader: Record<keyof typeof en, MessageValue> = {};
