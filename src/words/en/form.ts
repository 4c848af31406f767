// The referral form's words in English; nl/form.ts says what they are for.
import type * as nl from '../nl/form';
import type { FieldErrorContext } from '../nl/form';

export const labels: typeof nl.labels = {
  firstName: 'First name',
  lastName: 'Last name',
  street: 'Street',
  houseNumber: 'House number',
  postcode: 'Postcode',
  municipality: 'Municipality',
  phone: 'Phone',
  email: 'E-mail',
};

export const hints: typeof nl.hints = {
  houseNumber: 'For example 12, 12A or 12 bus 3',
  postcode: '4 digits',
  phone: 'Belgian number (0470 12 34 56) or international (+31 6 12345678). Phone or e-mail: at least one.',
  email: 'Phone or e-mail: at least one.',
};

export const errors: typeof nl.errors = {
  required: (c: FieldErrorContext) => `Enter the ${c.label.toLowerCase()}.`,
  'too-long': (c: FieldErrorContext) => `${c.label} is too long: at most ${c.max} characters.`,
  'control-characters': (c: FieldErrorContext) => `${c.label} contains invisible control characters (for example a tab or line break). Type the value again.`,
  'invalid-characters': (c: FieldErrorContext) =>
    c.street ? 'Street: use letters, digits, spaces and ordinary punctuation.' : `${c.label}: use only letters, spaces, hyphens and apostrophes.`,
  'invalid-house-number': () => 'House number: a number, optionally with a letter or box, for example 12, 12A or 12 bus 3.',
  'invalid-postcode': () => 'Postcode: a Belgian postcode of 4 digits (1000 to 9999).',
  'postcode-not-in-municipality': (c: FieldErrorContext) =>
    `This postcode does not belong to ${c.municipality} (${c.postcodes}). The protocol only allows a referral to the social service of the municipality where the client lives.`,
  'invalid-phone': () =>
    'Phone: not a valid number. Enter a Belgian number (0470 12 34 56, 03 450 12 34) or an international number with country code (+31 6 12345678).',
  'invalid-email': () => 'E-mail: not a valid e-mail address (for example name@example.be).',
  'contact-required': () => 'Enter a phone number or an e-mail address, so that the social service can reach the client.',
};
