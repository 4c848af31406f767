// The shapes of the two codes that name a Belgian place, defined once: the registry file's
// schema, the registry's look-ups, the pane's search box, the referral form and the CLI all test
// against these.

/** A Belgian postcode (bpost): four digits, 1000 to 9999. */
export const POSTCODE = /^[1-9]\d{3}$/;

/** A NIS code (Statbel's code of a municipality): five digits. */
export const NIS_CODE = /^\d{5}$/;
