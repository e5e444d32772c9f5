import type { list as en } from '../en/list.js';
import type { MessageValue } from '../message-value.js';

export const list: Record<keyof typeof en, MessageValue> = {};
