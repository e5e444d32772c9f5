/** Strings of the manager. */
export const manager = {};
