import type { manager as en } from '../en/manager.js';
import type { MessageValue } from '../message-value.js';

export const manager: Record<keyof typeof en, MessageValue> = {
  'manager.upload': 'تحميل مستند',
  'manager.documents': 'مستنداتك',
  'manager.side': '{type} ({side})',
};
