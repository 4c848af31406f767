import {
  parseReferralForm,
  ReferralForm,
  REFERRAL_ERROR_CODES,
  REFERRAL_FIELD_LABELS,
  REFERRAL_FIELDS,
  type ReferralErrorCode,
  type ReferralField,
  type ReferralFormErrors,
} from '../../src/referral/form';

const KONTICH = { postcodes: ['2550'], municipality: 'Kontich' };
const MESEN = { postcodes: ['8957'], municipality: 'Mesen' };

const valid = {
  firstName: 'An',
  lastName: 'Peeters',
  street: 'Mechelsesteenweg',
  houseNumber: '12',
  postcode: '2550',
  municipality: 'Kontich',
  phone: '0470 12 34 56',
  email: 'an.peeters@example.be',
};

function ok(input: unknown, expected = KONTICH): ReferralForm {
  const result = parseReferralForm(input, expected);
  if (!result.ok) throw new Error(`expected a valid form, got ${JSON.stringify(result.errors)}`);
  return result.form;
}

function errors(input: unknown, expected = KONTICH): ReferralFormErrors {
  const result = parseReferralForm(input, expected);
  if (result.ok) throw new Error('expected errors, got a valid form');
  return result.errors;
}

function codes(input: unknown, expected = KONTICH): Partial<Record<ReferralField, ReferralErrorCode>> {
  return Object.fromEntries(Object.entries(errors(input, expected)).map(([field, error]) => [field, error.code]));
}

describe('valid referral forms', () => {
  it('accepts a Belgian mobile number and stores it as E.164', () => {
    expect(ok(valid).phone).toBe('+32470123456');
    expect(ok({ ...valid, phone: '+32 470 12 34 56' }).phone).toBe('+32470123456');
    expect(ok({ ...valid, phone: '0032 470/12.34.56' }).phone).toBe('+32470123456');
  });

  it('accepts a Belgian landline (Antwerp zone 03, Mesen zone 057)', () => {
    expect(ok({ ...valid, phone: '03 450 12 34' }).phone).toBe('+3234501234');
    expect(ok({ ...valid, postcode: '8957', municipality: 'Mesen', phone: '057 44 12 34' }, MESEN).phone).toBe('+3257441234');
  });

  it('accepts an international number with its country code', () => {
    expect(ok({ ...valid, phone: '+31 6 12345678' }).phone).toBe('+31612345678');
    expect(ok({ ...valid, phone: '+33 6 12 34 56 78' }).phone).toBe('+33612345678');
  });

  it('accepts e-mail only, and phone only', () => {
    const emailOnly = ok({ ...valid, phone: '' });
    expect(emailOnly.phone).toBeUndefined();
    expect(emailOnly.email).toBe('an.peeters@example.be');
    const phoneOnly = ok({ ...valid, email: undefined });
    expect(phoneOnly.email).toBeUndefined();
    expect(phoneOnly.phone).toBe('+32470123456');
  });

  it('trims, collapses spaces and folds only the e-mail domain to lower case', () => {
    const form = ok({
      ...valid,
      firstName: '  Marie\u00a0 Louise ',
      lastName: 'Peeters\n',
      email: ' An.Peeters@Example.BE ',
    });
    expect(form.firstName).toBe('Marie Louise');
    expect(form.lastName).toBe('Peeters');
    expect(form.email).toBe('An.Peeters@example.be');
  });

  it('accepts real names and Belgian house numbers', () => {
    for (const [firstName, lastName] of [
      ['Łukasz', 'Kowalski'],
      ['Ayşe', 'Yılmaz'],
      ['Иван', 'Петров'],
      ['Jean-Pierre', "D'Hondt"],
      ['Ann', 'Van den Bossche'],
      ['محمد', 'العلوي'],
    ]) {
      expect(ok({ ...valid, firstName, lastName }).lastName).toBe(lastName);
    }
    for (const houseNumber of ['12', '12A', '12 bus 3', '12 bte 4', '12/3', '12-14', '12A bus 101', '1 b2']) {
      expect(ok({ ...valid, houseNumber }).houseNumber).toBe(houseNumber);
    }
  });

  it('accepts every postcode of the protocol municipality, and the deelgemeente name', () => {
    const twoPostcodes = { postcodes: ['2550', '2551'], municipality: 'Kontich' };
    expect(ok({ ...valid, postcode: '2551', municipality: 'Waarloos' }, twoPostcodes).municipality).toBe('Waarloos');
  });

  it('keeps only the article 3 fields, whatever else is passed in', () => {
    const form = ok({ ...valid, nationalNumber: '85.07.30-033.28', diagnosis: 'x' });
    expect(Object.keys(form).sort()).toEqual([...REFERRAL_FIELDS].sort());
  });
});

describe('invalid fields, each with its own message', () => {
  const cases: Array<[ReferralField, unknown, ReferralErrorCode, RegExp]> = [
    ['firstName', '', 'required', /Vul voornaam in/],
    ['lastName', '   ', 'required', /Vul achternaam in/],
    ['firstName', 'An2', 'invalid-characters', /alleen letters/],
    ['lastName', 'x'.repeat(81), 'too-long', /hoogstens 80 tekens/],
    ['street', '123', 'invalid-characters', /Straat/],
    ['houseNumber', 'twaalf', 'invalid-house-number', /12 bus 3/],
    ['houseNumber', '0', 'invalid-house-number', /Huisnummer/],
    ['postcode', '999', 'invalid-postcode', /4 cijfers/],
    ['postcode', '0550', 'invalid-postcode', /1000 tot 9999/],
    ['postcode', 'B-2550', 'invalid-postcode', /4 cijfers/],
    ['municipality', 'Kontich!', 'invalid-characters', /Gemeente/],
    ['phone', '0470 12 34 5', 'invalid-phone', /geen geldig nummer/],
    ['phone', '0400 00 00 00', 'invalid-phone', /geen geldig nummer/],
    ['phone', '12345', 'invalid-phone', /geen geldig nummer/],
    ['phone', '0470 CALL ME', 'invalid-phone', /geen geldig nummer/],
    ['email', 'an.peeters@', 'invalid-email', /geen geldig e-mailadres/],
    ['email', 'an peeters@example.be', 'invalid-email', /geen geldig e-mailadres/],
    ['firstName', 42, 'required', /Vul voornaam in/],
  ];

  it.each(cases)('%s = %j -> %s', (field, value, code, nl) => {
    const errs = errors({ ...valid, [field]: value });
    expect(Object.keys(errs)).toEqual([field]);
    expect(errs[field]?.code).toBe(code);
    expect(errs[field]?.nl).toMatch(nl);
    expect(errs[field]?.en).not.toBe(errs[field]?.nl);
    expect(errs[field]?.en.length).toBeGreaterThan(10);
  });

  it('asks for phone or e-mail on both fields when neither is given', () => {
    const errs = errors({ ...valid, phone: ' ', email: '' });
    expect(errs.phone?.code).toBe('contact-required');
    expect(errs.email?.code).toBe('contact-required');
    expect(errs.phone?.nl).toBe('Geef een telefoonnummer of een e-mailadres op, zodat de sociale dienst de cliënt kan bereiken.');
  });

  it('says the phone is invalid, not missing, when a bad number and no e-mail are given', () => {
    expect(codes({ ...valid, phone: '0470', email: '' })).toEqual({ phone: 'invalid-phone' });
  });

  it('validates the e-mail even when the phone is fine', () => {
    expect(codes({ ...valid, email: 'nope' })).toEqual({ email: 'invalid-email' });
  });
});

describe('every error at once', () => {
  it('reports every field of an empty form', () => {
    const errs = errors({});
    expect(Object.keys(errs).sort()).toEqual([...REFERRAL_FIELDS].sort());
    expect(errs.firstName?.code).toBe('required');
    expect(errs.phone?.code).toBe('contact-required');
  });

  it('treats anything that is not an object as an empty form', () => {
    for (const input of [undefined, null, 'An Peeters', 42]) {
      expect(Object.keys(errors(input)).sort()).toEqual([...REFERRAL_FIELDS].sort());
    }
  });

  it('reports field errors, the municipality rule and the contact rule together', () => {
    expect(
      codes({
        firstName: '',
        lastName: 'Pee\u0000ters',
        street: 'Markt',
        houseNumber: 'x',
        postcode: '2000',
        municipality: 'Antwerpen',
        phone: '',
        email: '',
      }),
    ).toEqual({
      firstName: 'required',
      lastName: 'control-characters',
      houseNumber: 'invalid-house-number',
      postcode: 'postcode-not-in-municipality',
      phone: 'contact-required',
      email: 'contact-required',
    });
  });
});

describe("the postcode must belong to the protocol's municipality", () => {
  it('refuses an address in another municipality, naming the protocol municipality and its postcodes', () => {
    const errs = errors({ ...valid, postcode: '2000', municipality: 'Antwerpen' });
    expect(errs.postcode?.code).toBe('postcode-not-in-municipality');
    expect(errs.postcode?.nl).toContain('hoort niet bij Kontich (2550)');
    expect(errs.postcode?.en).toContain('does not belong to Kontich (2550)');
  });

  it('uses the expectation of the protocol, not a fixed list', () => {
    expect(codes({ ...valid, postcode: '2550' }, MESEN)).toEqual({ postcode: 'postcode-not-in-municipality' });
    expect(ok({ ...valid, postcode: '8957', municipality: 'Mesen' }, MESEN).postcode).toBe('8957');
  });

  it('reports a malformed postcode as malformed, not as the wrong municipality', () => {
    expect(codes({ ...valid, postcode: '25a0' })).toEqual({ postcode: 'invalid-postcode' });
  });
});

describe('control characters', () => {
  it.each([
    ['NUL', 'An\u0000'],
    ['tab inside', 'An\tMarie'],
    ['line break inside', 'An\nMarie'],
    ['DEL', 'An\u007f'],
    ['C1', 'An\u0085Marie'],
    ['right-to-left override', 'An\u202Eeeteep'],
    ['line separator', 'An\u2028Marie'],
    ['lone surrogate', 'An\ud800'],
  ])('rejects %s in a name', (_label, firstName) => {
    const errs = errors({ ...valid, firstName });
    expect(errs.firstName?.code).toBe('control-characters');
    expect(errs.firstName?.nl).toMatch(/stuurtekens/);
  });

  it('rejects control characters in phone and e-mail too', () => {
    expect(codes({ ...valid, phone: '0470\u000012 34 56', email: 'an@exa\u0007mple.be' })).toEqual({
      phone: 'control-characters',
      email: 'control-characters',
    });
  });
});

describe('the schema on its own', () => {
  it('enforces the same rules without the municipality check', () => {
    expect(ReferralForm.safeParse({ ...valid, postcode: '2000' }).success).toBe(true);
    expect(ReferralForm.safeParse({ ...valid, phone: '', email: '' }).success).toBe(false);
    expect(ReferralForm.safeParse({ ...valid, phone: '0470 12 34 5' }).success).toBe(false);
  });
});

describe('labels for the pane', () => {
  it('has a Dutch and an English label for every field, and every code is reachable', () => {
    for (const field of REFERRAL_FIELDS) {
      expect(REFERRAL_FIELD_LABELS[field].nl).not.toBe('');
      expect(REFERRAL_FIELD_LABELS[field].en).not.toBe('');
    }
    expect(REFERRAL_FIELD_LABELS.lastName).toEqual({ nl: 'Achternaam', en: 'Last name' });
    expect([...REFERRAL_ERROR_CODES].sort()).toEqual(
      [
        'required',
        'too-long',
        'control-characters',
        'invalid-characters',
        'invalid-house-number',
        'invalid-postcode',
        'postcode-not-in-municipality',
        'invalid-phone',
        'invalid-email',
        'contact-required',
      ].sort(),
    );
  });
});
