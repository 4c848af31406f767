// The exact-mailbox rule compares ASCII only: a letter from elsewhere in Unicode that lower-cases
// to an ASCII letter must not make an address "the registered mailbox".
import { resemblance, sameMailbox } from '../../src/domain';

const KONTICH = 'sociale.dienst@kontich.be';

describe('sameMailbox', () => {
  it('ignores ASCII letter case and surrounding white space', () => {
    expect(sameMailbox(' Sociale.Dienst@KONTICH.be ', KONTICH)).toBe(true);
  });

  it.each([
    ['the Kelvin sign (U+212A) for K', 'sociale.dienst@\u212Aontich.be'],
    ['a dotted capital I (U+0130), which lower-cases to i plus a dot', 'soc\u0130ale.dienst@kontich.be'],
    ['a long s (U+017F), which upper-cases to S', '\u017Fociale.dienst@kontich.be'],
  ])('does not count %s as the registered mailbox, but as an imitation of it', (_name, address) => {
    expect(sameMailbox(address, KONTICH)).toBe(false);
    // Which kind depends on Unicode's confusables data (the long s is listed as an s there); what
    // matters is that it is judged an imitation and refused.
    expect(resemblance(address, KONTICH)).toEqual({ kind: 'lookalike', lookalike: expect.stringMatching(/^(non-ascii|confusable)$/) });
  });
});
