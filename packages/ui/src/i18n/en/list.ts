/** Strings of the list. */
export const list = {};
