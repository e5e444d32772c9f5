/** A Mews id (identity document, customer, chain): a GUID. */
export const GUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** An iDenfy scanRef: 1–64 letters, digits, `-` or `_`. */
export const SCAN_REF_PATTERN = /^[A-Za-z0-9_-]{1,64}$/;
