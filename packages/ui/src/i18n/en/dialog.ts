/** Strings of the dialog. */
export const dialog = {};
