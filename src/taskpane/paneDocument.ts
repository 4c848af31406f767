// The pane form's PDF, made from the parsed form: loaded on "make" in a chunk of its own, with the
// full registry records (the social service's address is only there); pdf-lib and the reference
// come in chunks of their own. Nothing of the form's rules or words: the form's chunk has those.
import type { Protocol } from '../domain';
import { brusselsDay } from '../domain';
import { shippedRecords } from '../domain/shippedRecords';
import type { ReferralForm } from '../referral/form';
import type { PaneDocument } from './types';

export async function makePaneDocument(form: ReferralForm, protocol: Protocol, now: Date): Promise<PaneDocument> {
  const [{ createReferralPdf }, { generateReference }] = await Promise.all([
    import(/* webpackChunkName: "referral-pdf" */ '../referral/pdf'),
    import(/* webpackChunkName: "encrypt" */ '../crypto/names'),
  ]);
  const reference = generateReference(now);
  const s = shippedRecords().find((r) => r.id === protocol.id)?.socialService;
  if (!s) throw new Error('no record for this protocol');
  const pdf = await createReferralPdf(form, {
    reference,
    dateIso: brusselsDay(now),
    localTeam: protocol.localTeam,
    socialService: { name: s.name, mailbox: protocol.mailbox, address: `${s.address.street}, ${s.address.postcode} ${s.address.municipality}` },
    protocolId: protocol.id,
    lang: 'nl',
  });
  return {
    name: 'doorverwijzing.pdf',
    reference,
    bytes: pdf.bytes,
    client: { firstName: form.firstName, lastName: form.lastName, ...(form.phone ? { phone: form.phone } : {}), ...(form.email ? { email: form.email } : {}) },
    transliteratedFields: pdf.transliteratedFields,
  };
}
