/** Strings of the uploader. */
export const uploader = {};
