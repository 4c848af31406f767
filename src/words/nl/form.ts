// The referral form's words in Dutch (nl-BE): the label of each field, the short help under some,
// and what is wrong with a value (src/referral/form.ts). The pane and the PDF both take the labels
// from here, so neither invents its own.

export const labels = {
  firstName: 'Voornaam',
  lastName: 'Achternaam',
  street: 'Straat',
  houseNumber: 'Huisnummer',
  postcode: 'Postcode',
  municipality: 'Gemeente',
  phone: 'Telefoon',
  email: 'E-mail',
};

/** Short help under a field; only where the expected form is not obvious. */
export const hints = {
  houseNumber: 'Bijvoorbeeld 12, 12A of 12 bus 3',
  postcode: '4 cijfers',
  phone: 'Belgisch nummer (0470 12 34 56) of internationaal (+31 6 12345678). Telefoon of e-mail: minstens één.',
  email: 'Telefoon of e-mail: minstens één.',
};

/** What an error message may name: the field's label, its longest value, and the protocol's municipality. */
export type FieldErrorContext = {
  readonly label: string;
  readonly max: number;
  readonly street: boolean;
  readonly municipality: string;
  readonly postcodes: string;
};

/** One message per error code (ReferralErrorCode). */
export const errors = {
  required: (c: FieldErrorContext): string => `Vul ${c.label.toLowerCase()} in.`,
  'too-long': (c: FieldErrorContext): string => `${c.label} is te lang: hoogstens ${c.max} tekens.`,
  'control-characters': (c: FieldErrorContext): string =>
    `${c.label} bevat onzichtbare stuurtekens (bijvoorbeeld een tab of regeleinde). Typ de waarde opnieuw.`,
  'invalid-characters': (c: FieldErrorContext): string =>
    c.street ? 'Straat: gebruik letters, cijfers, spaties en gewone leestekens.' : `${c.label}: gebruik alleen letters, spaties, koppeltekens en apostroffen.`,
  'invalid-house-number': (): string => 'Huisnummer: een nummer, eventueel met letter of bus, bijvoorbeeld 12, 12A of 12 bus 3.',
  'invalid-postcode': (): string => 'Postcode: een Belgische postcode van 4 cijfers (1000 tot 9999).',
  'postcode-not-in-municipality': (c: FieldErrorContext): string =>
    `Deze postcode hoort niet bij ${c.municipality} (${c.postcodes}). Het protocol staat alleen een doorverwijzing toe naar de sociale dienst van de gemeente waar de cliënt woont.`,
  'invalid-phone': (): string =>
    'Telefoon: geen geldig nummer. Typ een Belgisch nummer (0470 12 34 56, 03 450 12 34) of een internationaal nummer met landcode (+31 6 12345678).',
  'invalid-email': (): string => 'E-mail: geen geldig e-mailadres (bijvoorbeeld naam@voorbeeld.be).',
  'contact-required': (): string => 'Geef een telefoonnummer of een e-mailadres op, zodat de sociale dienst de cliënt kan bereiken.',
};
