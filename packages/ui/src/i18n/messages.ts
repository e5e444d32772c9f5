import type { MessageKey } from './en/index.js';
import type { MessageValue } from './message-value.js';

/** A complete catalogue: every key, in one language. The type makes a missing translation a compile error. */
export type Messages = Record<MessageKey, MessageValue>;
