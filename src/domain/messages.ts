// The one message catalogue. Rules produce codes; the words users read live only here, so the task
// pane, the Send check and the command line say exactly the same thing. Dutch (nl-BE) first.
//
// Privacy: a message may show back only what the user typed (recipient addresses, a postcode) and
// registry data. It never contains a password, and never the client's name, phone or e-mail: a
// message says *that* and *where* client data was found, not what it was.

import type { Lang, LocalizedText } from './lang';
import { formatDay } from './lang';
import type { LocationBy } from './location';
import type { RecipientField } from './recipient';
import type { JsonExpected } from './json';
import type { WeakGrade } from './traces';

export type Where = 'subject' | 'body' | 'attachment-name';
/** Which name a weak finding is about: a first or last name alone, both together, or a word of the original file's name. */
export type NameWordPart = 'first' | 'last' | 'full' | 'file';

type NoParams = Record<never, never>;
type RecipientParams = { readonly address: string; readonly field: RecipientField };
type LookalikeParams = RecipientParams & { readonly imitates: string };

type ReasonParams = {
  'location-missing': NoParams;
  'location-invalid': { readonly by: 'postcode' | 'nis'; readonly value: string };
  'protocol-not-found': { readonly by: LocationBy; readonly value: string };
  'protocol-not-yet-in-force': { readonly protocolId: string; readonly socialService: string; readonly inForceFrom: string };
  'protocol-ended': { readonly protocolId: string; readonly socialService: string; readonly endedOn: string };
  'attachment-not-encrypted': { readonly count: number };
  'attachment-changed-after-encryption': NoParams;
  'recipient-lookalike-confusable': LookalikeParams;
  'recipient-lookalike-punycode': LookalikeParams;
  'recipient-lookalike-non-ascii': LookalikeParams;
  'recipient-lookalike-embedded': LookalikeParams;
  'recipient-lookalike-longer-domain': LookalikeParams;
  'recipient-lookalike-trailing-dot': LookalikeParams;
  'recipient-sub-address': LookalikeParams;
  'recipient-display-name-mismatch': RecipientParams & { readonly shown: string };
  'recipient-wrong-social-service': RecipientParams & {
    readonly socialService: string;
    readonly expectedMailbox: string;
    readonly expectedSocialService: string;
  };
  'recipient-not-registered': RecipientParams & { readonly expectedMailbox: string };
  'recipient-distribution-list': RecipientParams;
  'recipient-bcc': RecipientParams;
  'recipient-cc': RecipientParams;
  'recipient-missing': { readonly expectedMailbox: string; readonly socialService: string };
  'recipient-duplicate': RecipientParams;
  'recipient-not-ascii': RecipientParams;
  'recipient-near-miss': RecipientParams & { readonly resembles: string };
  'recipient-named-social-service': RecipientParams & { readonly resembles: string | null };
  'recipient-group-with-attachments': RecipientParams;
  'recipient-same-domain-with-attachments': RecipientParams & { readonly resembles: string };
  'follow-up-registered-mailbox': { readonly mailbox: string; readonly socialService: string };
  /** Ordinary attachments (agenda.pdf) to a registered mailbox, outside a referral: a question naming them. */
  'attachment-to-social-service': { readonly mailbox: string; readonly socialService: string; readonly names: readonly (string | null)[] };
  /** A plaintext form, or a picture or PDF of one, to another address at a registered mailbox's domain. */
  /** `names`: null for a name that holds client data (never shown). */
  'attachment-form-to-social-service': RecipientParams & { readonly resembles: string; readonly names: readonly (string | null)[] };
  /** The pane's client traces on this item do not parse: the Send check cannot look for the client's data. */
  'referral-traces-unreadable': NoParams;
  'consent-missing': NoParams;
  'content-password': { readonly where: Where };
  'content-password-shape': { readonly where: Where };
  'content-client-name': { readonly where: Where };
  'content-client-phone': { readonly where: Where };
  'content-client-email': { readonly where: Where };
  'content-file-name-word': { readonly where: Where };
  /**
   * A weak finding: a word of the client's name (or of the original file's name) that is also a
   * common Dutch word, the team member's own name, or a word of the protocol.
   */
  'content-client-name-word': { readonly where: Where; readonly part: NameWordPart; readonly why: WeakGrade };
  'content-national-number': { readonly where: Where };
  /** The subject and body together are longer than the Send check reads (MAX_SCANNED_TEXT). */
  'content-not-fully-checked': { readonly limit: number };
  'attachment-name-client-data': { readonly count: number };
  'attachment-multiple-encrypted-zips': { readonly count: number };
  'attachment-missing-encrypted-zip': NoParams;
  /** Images inside the body (signature logos, pasted screenshots): they travel unencrypted. */
  'attachment-inline': { readonly names: readonly string[] };
  'attachment-zip-not-aes256': NoParams;
  'attachment-zip-entry-name': NoParams;
  'attachment-zip-invalid': NoParams;
  /** Produced by the Send handler when the headers the pane wrote cannot be read. */
  'referral-marker-invalid': { readonly header: string };
  /** Produced by the Send handler when it could not check a referral at all. */
  'check-failed': NoParams;
  /** The admin's test mail (sendCheckTest.ts): held, naming the build that judged it. */
  'send-check-test': { readonly address: string; readonly version: string; readonly registry: string };
};

export type ReasonCode = keyof ReasonParams;
export type Reason = { [K in ReasonCode]: { readonly code: K; readonly message: LocalizedText } & ReasonParams[K] }[ReasonCode];
export type ReasonOf<K extends ReasonCode> = Extract<Reason, { code: K }>;

const whereNl = (w: Where): string => ({ subject: 'het onderwerp', body: 'de tekst van de mail', 'attachment-name': 'de naam van een bijlage' })[w];
const whereEn = (w: Where): string => ({ subject: 'the subject', body: 'the body of the mail', 'attachment-name': 'the name of an attachment' })[w];
const fieldNl: Record<RecipientField, string> = { to: 'Aan', cc: 'CC', bcc: 'BCC' };
const fieldEn: Record<RecipientField, string> = { to: 'To', cc: 'Cc', bcc: 'Bcc' };
const byNl: Record<LocationBy, string> = { postcode: 'postcode', municipality: 'gemeente', nis: 'NIS-code', protocolId: 'protocol' };
const byEn: Record<LocationBy, string> = { postcode: 'postcode', municipality: 'municipality', nis: 'NIS code', protocolId: 'protocol' };

const lookalike = (p: LookalikeParams, nl: string, en: string): LocalizedText => ({
  nl: `${p.address} (${fieldNl[p.field]}) is niet de geregistreerde mailbox ${p.imitates}, maar lijkt erop: ${nl}. Gebruik exact ${p.imitates}.`,
  en: `${p.address} (${fieldEn[p.field]}) is not the registered mailbox ${p.imitates}, but imitates it: ${en}. Use exactly ${p.imitates}.`,
});

const REASONS: { readonly [K in ReasonCode]: (p: ReasonParams[K]) => LocalizedText } = {
  'location-missing': () => ({
    nl: 'Vul de postcode of de gemeente van de cliënt in. Zonder woonplaats is niet te bepalen naar welk OCMW de doorverwijzing mag.',
    en: "Enter the client's postcode or municipality. Without it there is no way to tell which social service (OCMW) may receive the referral.",
  }),
  'location-invalid': (p) =>
    p.by === 'postcode'
      ? {
          nl: `"${shorten(p.value)}" is geen Belgische postcode: een postcode heeft vier cijfers (bijvoorbeeld 2550).`,
          en: `"${shorten(p.value)}" is not a Belgian postcode: a postcode has four digits (for example 2550).`,
        }
      : {
          nl: `"${shorten(p.value)}" is geen NIS-code: een NIS-code heeft vijf cijfers (bijvoorbeeld 11024).`,
          en: `"${shorten(p.value)}" is not a NIS code: a NIS code has five digits (for example 11024).`,
        },
  'protocol-not-found': (p) => ({
    nl: `Er is geen protocol met het OCMW van ${byNl[p.by]} ${shorten(p.value)}. Een doorverwijzing mag alleen naar het OCMW van de woonplaats van de cliënt, en alleen als er met dat OCMW een protocol is.`,
    en: `There is no protocol with the social service of ${byEn[p.by]} ${shorten(p.value)}. A referral may only go to the social service of the client's municipality, and only when a protocol with it exists.`,
  }),
  'protocol-not-yet-in-force': (p) => ({
    nl: `Het protocol met ${p.socialService} is nog niet in werking: het treedt in werking op ${formatDay(p.inForceFrom, 'nl')}. Tot dan mag er niets verstuurd worden.`,
    en: `The protocol with ${p.socialService} is not yet in force: it enters into force on ${formatDay(p.inForceFrom, 'en')}. Nothing may be sent before then.`,
  }),
  'protocol-ended': (p) => ({
    nl: `Het protocol met ${p.socialService} is beëindigd op ${formatDay(p.endedOn, 'nl')}. Er mag niets meer naar verstuurd worden.`,
    en: `The protocol with ${p.socialService} ended on ${formatDay(p.endedOn, 'en')}. Nothing may be sent under it any more.`,
  }),
  'attachment-not-encrypted': (p) => ({
    nl: `${p.count === 1 ? 'Er is 1 bijlage' : `Er zijn ${p.count} bijlagen`} die niet met de add-in versleuteld ${p.count === 1 ? 'is' : 'zijn'}. Verwijder ze: alleen het versleutelde zip-bestand mag mee.`,
    en: `${p.count === 1 ? '1 attachment is' : `${p.count} attachments are`} not encrypted by the add-in. Remove ${p.count === 1 ? 'it' : 'them'}: only the encrypted zip file may be sent.`,
  }),
  'attachment-changed-after-encryption': () => ({
    nl: 'Het versleutelde zip-bestand is gewijzigd of vervangen na het versleutelen. Versleutel het formulier opnieuw in het taakvenster.',
    en: 'The encrypted zip file was changed or replaced after encryption. Encrypt the form again in the task pane.',
  }),
  'recipient-lookalike-confusable': (p) =>
    lookalike(
      p,
      'het bevat tekens die er hetzelfde uitzien maar andere tekens zijn (bijvoorbeeld Cyrillische letters, 0 voor o of rn voor m)',
      'it contains characters that look the same but are different (for example Cyrillic letters, 0 for o or rn for m)',
    ),
  'recipient-lookalike-punycode': (p) =>
    lookalike(
      p,
      'het domein is een gecodeerde internationale naam (xn--) die in Outlook als de echte naam kan verschijnen',
      'its domain is an encoded international name (xn--) that Outlook may display as the real name',
    ),
  'recipient-lookalike-non-ascii': (p) =>
    lookalike(
      p,
      'het bevat tekens buiten het gewone alfabet (accenten, onzichtbare of brede tekens)',
      'it contains characters outside the plain alphabet (accents, invisible or full-width characters)',
    ),
  'recipient-lookalike-embedded': (p) =>
    lookalike(
      p,
      'het bevat de geregistreerde mailbox, maar de mail gaat naar een ander adres (het domein na de laatste @)',
      'it contains the registered mailbox, but the mail goes to another address (the domain after the last @)',
    ),
  'recipient-lookalike-longer-domain': (p) =>
    lookalike(
      p,
      'het domein begint of eindigt met het echte domein, maar is een ander domein',
      'its domain starts or ends with the real domain, but is a different domain',
    ),
  'recipient-lookalike-trailing-dot': (p) => lookalike(p, 'het adres eindigt op een punt', 'the address ends with a dot'),
  'recipient-sub-address': (p) => lookalike(p, 'het heeft een toevoeging met + (sub-adres)', 'it has a + extension (sub-address)'),
  'recipient-display-name-mismatch': (p) => ({
    nl: `De ontvanger ${p.address} (${fieldNl[p.field]}) heeft als weergavenaam een ander adres: "${p.shown}". De mail zou naar ${p.address} gaan, niet naar het getoonde adres.`,
    en: `Recipient ${p.address} (${fieldEn[p.field]}) shows another address as its display name: "${p.shown}". The mail would go to ${p.address}, not to the address shown.`,
  }),
  'recipient-wrong-social-service': (p) => ({
    nl: `${p.address} is de mailbox van ${p.socialService}, niet van het OCMW van de woonplaats van de cliënt. Deze doorverwijzing mag alleen naar ${p.expectedMailbox} (${p.expectedSocialService}).`,
    en: `${p.address} is the mailbox of ${p.socialService}, not of the social service of the client's municipality. This referral may only go to ${p.expectedMailbox} (${p.expectedSocialService}).`,
  }),
  'recipient-not-registered': (p) => ({
    nl: `${p.address} (${fieldNl[p.field]}) is niet de geregistreerde mailbox. Een doorverwijzing mag alleen naar ${p.expectedMailbox}; verwijder deze ontvanger.`,
    en: `${p.address} (${fieldEn[p.field]}) is not the registered mailbox. A referral may only go to ${p.expectedMailbox}; remove this recipient.`,
  }),
  'recipient-distribution-list': (p) => ({
    nl: `${p.address} (${fieldNl[p.field]}) is een distributielijst. Een doorverwijzing gaat naar één geregistreerde mailbox, nooit naar een lijst.`,
    en: `${p.address} (${fieldEn[p.field]}) is a distribution list. A referral goes to one registered mailbox, never to a list.`,
  }),
  'recipient-bcc': (p) => ({
    nl: `${p.address} staat in BCC. Een doorverwijzing heeft geen BCC-ontvangers; verwijder ze.`,
    en: `${p.address} is in Bcc. A referral has no Bcc recipients; remove them.`,
  }),
  'recipient-cc': (p) => ({
    nl: `${p.address} staat in CC. Een doorverwijzing heeft geen CC-ontvangers; verwijder ze.`,
    en: `${p.address} is in Cc. A referral has no Cc recipients; remove them.`,
  }),
  'recipient-missing': (p) => ({
    nl: `De geregistreerde mailbox ${p.expectedMailbox} van ${p.socialService} staat niet in Aan. Zet precies dat adres in Aan.`,
    en: `The registered mailbox ${p.expectedMailbox} of ${p.socialService} is not in To. Put exactly that address in To.`,
  }),
  'recipient-duplicate': (p) => ({
    nl: `${p.address} staat meer dan één keer in Aan. Laat het er één keer in staan.`,
    en: `${p.address} is in To more than once. Keep it there once.`,
  }),
  'recipient-not-ascii': (p) => ({
    nl: `${p.address} (${fieldNl[p.field]}) is geen gewoon adres: het bevat tekens buiten het gewone alfabet of een gecodeerde internationale naam (xn--). Zo'n adres kan een OCMW-mailbox nabootsen, dus houdt de add-in deze mail tegen. Een doorverwijzing gaat alleen naar een geregistreerde mailbox.`,
    en: `${p.address} (${fieldEn[p.field]}) is not a plain address: it holds characters outside the plain alphabet or an encoded international name (xn--). Such an address can imitate an OCMW mailbox, so the add-in holds this mail. A referral only goes to a registered mailbox.`,
  }),
  'recipient-near-miss': (p) => ({
    nl: `Bedoelde u ${p.resembles}? ${p.address} (${fieldNl[p.field]}) lijkt op die geregistreerde OCMW-mailbox, maar is een ander adres. Verstuur alleen als het adres klopt en de mail geen gegevens van een cliënt bevat: een doorverwijzing gaat via het taakvenster.`,
    en: `Did you mean ${p.resembles}? ${p.address} (${fieldEn[p.field]}) resembles that registered OCMW mailbox, but is another address. Send only if the address is right and the mail holds no client data: a referral goes through the task pane.`,
  }),
  'recipient-named-social-service': (p) => ({
    nl: `${p.address} (${fieldNl[p.field]}) heeft als naam een OCMW of sociale dienst, maar is ${p.resembles ? `niet de geregistreerde mailbox ${p.resembles}` : 'geen geregistreerde OCMW-mailbox'}. Verstuur alleen als de mail geen gegevens van een cliënt bevat: een doorverwijzing gaat via het taakvenster${p.resembles ? ` naar ${p.resembles}` : ''}.`,
    en: `${p.address} (${fieldEn[p.field]}) is named as an OCMW or social service, but is ${p.resembles ? `not the registered mailbox ${p.resembles}` : 'not a registered OCMW mailbox'}. Send only if the mail holds no client data: a referral goes through the task pane${p.resembles ? ` to ${p.resembles}` : ''}.`,
  }),
  'recipient-group-with-attachments': (p) => ({
    nl: `${p.address} (${fieldNl[p.field]}) is een distributielijst of contactgroep, en de mail heeft bijlagen. Wie erin zit, kan de add-in niet zien. Verstuur alleen als er geen OCMW in zit of de bijlagen geen gegevens van een cliënt bevatten: een doorverwijzing gaat via het taakvenster.`,
    en: `${p.address} (${fieldEn[p.field]}) is a distribution list or contact group, and the mail has attachments. The add-in cannot see who is in it. Send only if no OCMW is in it or the attachments hold no client data: a referral goes through the task pane.`,
  }),
  'recipient-same-domain-with-attachments': (p) => ({
    nl: `Bedoelde u ${p.resembles}? ${p.address} (${fieldNl[p.field]}) is een ander adres bij het domein van die geregistreerde OCMW-mailbox, en de mail heeft bijlagen. Een doorverwijzing gaat alleen naar ${p.resembles}, versleuteld via het taakvenster. Verstuur alleen als de bijlagen geen gegevens van een cliënt bevatten.`,
    en: `Did you mean ${p.resembles}? ${p.address} (${fieldEn[p.field]}) is another address at the domain of that registered OCMW mailbox, and the mail has attachments. A referral only goes to ${p.resembles}, encrypted through the task pane. Send only if the attachments hold no client data.`,
  }),
  'follow-up-registered-mailbox': (p) => ({
    nl: `Deze mail gaat naar ${p.mailbox} (${p.socialService}) maar is geen doorverwijzing uit het taakvenster. Een vervolgmail zonder gegevens van de cliënt mag; een doorverwijzing gaat altijd via het taakvenster, versleuteld. Verstuur alleen als deze mail geen gegevens van een cliënt bevat.`,
    en: `This mail goes to ${p.mailbox} (${p.socialService}) but is not a referral from the task pane. A follow-up without client data is fine; a referral always goes through the task pane, encrypted. Send only if this mail holds no client data.`,
  }),
  'attachment-to-social-service': (p) => ({
    nl: `Deze mail gaat naar ${p.mailbox} (${p.socialService}) met ${p.names.length === 1 ? 'een bijlage' : `${p.names.length} bijlagen`} (${listNames(p.names, 'nl', 3)}), maar is geen doorverwijzing uit het taakvenster. Gegevens van een cliënt gaan alleen versleuteld, via het taakvenster. Verstuur alleen als de bijlagen geen gegevens van een cliënt bevatten.`,
    en: `This mail goes to ${p.mailbox} (${p.socialService}) with ${p.names.length === 1 ? 'an attachment' : `${p.names.length} attachments`} (${listNames(p.names, 'en', 3)}), but is not a referral from the task pane. Client data only goes encrypted, through the task pane. Send only if the attachments hold no client data.`,
  }),
  'attachment-form-to-social-service': (p) => ({
    nl: `${p.address} (${fieldNl[p.field]}) is een adres bij het OCMW van ${p.resembles}. De bijlage (${listNames(p.names, 'nl', 3)}) lijkt een verwijsformulier, of een afbeelding of PDF ervan, en zou onversleuteld vertrekken. Een doorverwijzing gaat alleen naar ${p.resembles}, versleuteld via het taakvenster.`,
    en: `${p.address} (${fieldEn[p.field]}) is an address at the OCMW of ${p.resembles}. The attachment (${listNames(p.names, 'en', 3)}) looks like a referral form, or a picture or PDF of one, and would leave unencrypted. A referral only goes to ${p.resembles}, encrypted through the task pane.`,
  }),
  'referral-traces-unreadable': () => ({
    nl: 'De gegevens die het taakvenster bij deze mail bewaarde om naar gegevens van de cliënt te zoeken, zijn onleesbaar. Zonder die gegevens kan de add-in niet nagaan of de mail gegevens van de cliënt bevat. Open het taakvenster en doorloop de doorverwijzing opnieuw.',
    en: 'What the task pane kept with this mail to look for client data is unreadable. Without it the add-in cannot tell whether the mail holds client data. Open the task pane and go through the referral again.',
  }),
  'consent-missing': () => ({
    nl: 'Bevestig dat de cliënt geïnformeerd is en toestemming gaf om voornaam, naam en contactgegevens met het OCMW te delen.',
    en: 'Confirm that the client was informed and consented to their first name, last name and contact details being shared with the social service.',
  }),
  'content-password': (p) => ({
    nl: `${capital(whereNl(p.where))} bevat het wachtwoord. Het wachtwoord mag nooit in de mail: geef het via een ander kanaal door (telefoon, sms).`,
    en: `${capital(whereEn(p.where))} contains the password. The password must never be in the mail: pass it on by another channel (phone, text message).`,
  }),
  'content-password-shape': (p) => ({
    nl: `${capital(whereNl(p.where))} bevat iets dat eruitziet als een wachtwoord van de add-in (woorden uit de wachtwoordlijst na elkaar, of 16 tekens in groepen van 4). Het wachtwoord mag nooit in een mail: geef het via een ander kanaal door (telefoon, sms).`,
    en: `${capital(whereEn(p.where))} contains something that looks like a password made by the add-in (words of the password list in a row, or 16 characters in groups of 4). The password must never be in a mail: pass it on by another channel (phone, text message).`,
  }),
  'content-client-name': (p) => ({
    nl: `${capital(whereNl(p.where))} bevat de naam van de cliënt. Gegevens van de cliënt horen alleen in het versleutelde bestand.`,
    en: `${capital(whereEn(p.where))} contains the client's name. Client data belongs only in the encrypted file.`,
  }),
  'content-client-phone': (p) => ({
    nl: `${capital(whereNl(p.where))} bevat het telefoonnummer van de cliënt. Gegevens van de cliënt horen alleen in het versleutelde bestand.`,
    en: `${capital(whereEn(p.where))} contains the client's phone number. Client data belongs only in the encrypted file.`,
  }),
  'content-client-email': (p) => ({
    nl: `${capital(whereNl(p.where))} bevat het e-mailadres van de cliënt. Gegevens van de cliënt horen alleen in het versleutelde bestand.`,
    en: `${capital(whereEn(p.where))} contains the client's e-mail address. Client data belongs only in the encrypted file.`,
  }),
  'content-file-name-word': (p) => ({
    nl: `${capital(whereNl(p.where))} bevat een woord uit de naam van het oorspronkelijke bestand (bijvoorbeeld de naam van de cliënt). Gebruik de neutrale tekst uit het taakvenster.`,
    en: `${capital(whereEn(p.where))} contains a word from the name of the original file (for example the client's name). Use the neutral text from the task pane.`,
  }),
  'content-client-name-word': (p) => ({
    nl: `${capital(whereNl(p.where))} bevat ${NAME_WORD_PART[p.part].nl}. ${NAME_WORD_WHY[p.why].nl} Het kan dus toeval zijn. Verstuur alleen als het niet over de cliënt gaat; anders hoort het alleen in het versleutelde bestand.`,
    en: `${capital(whereEn(p.where))} contains ${NAME_WORD_PART[p.part].en}. ${NAME_WORD_WHY[p.why].en} So it may be chance. Send only if it is not about the client; otherwise it belongs only in the encrypted file.`,
  }),
  'content-national-number': (p) => ({
    nl: `${capital(whereNl(p.where))} bevat een rijksregisternummer (of bisnummer). Dat hoort in geen enkele mail aan een OCMW, ook niet in het versleutelde bestand: de protocollen delen alleen voornaam, naam en contactgegevens. Verwijder het.`,
    en: `${capital(whereEn(p.where))} contains a national register number (or bis number). It belongs in no mail to an OCMW, not even in the encrypted file: the protocols share only first name, name and contact details. Remove it.`,
  }),
  'content-not-fully-checked': (p) => ({
    nl: `De mail is te lang om helemaal te controleren: alleen de eerste ${thousands(p.limit, '.')} tekens van het onderwerp en de tekst zijn nagekeken. Verstuur alleen als de rest geen gegevens van de cliënt, geen rijksregisternummer en geen wachtwoord bevat.`,
    en: `The mail is too long to check whole: only the first ${thousands(p.limit, ',')} characters of the subject and body were checked. Send only if the rest holds no client data, no national register number and no password.`,
  }),
  'attachment-name-client-data': (p) => ({
    nl: `De naam van ${p.count === 1 ? '1 bijlage' : `${p.count} bijlagen`} bevat gegevens van de cliënt. Bestandsnamen worden niet versleuteld: geef de bijlage een neutrale naam.`,
    en: `The name of ${p.count === 1 ? '1 attachment' : `${p.count} attachments`} contains client data. File names are not encrypted: give the attachment a neutral name.`,
  }),
  'attachment-multiple-encrypted-zips': (p) => ({
    nl: `Er zijn ${p.count} versleutelde zip-bestanden. Een doorverwijzing bevat er precies één.`,
    en: `There are ${p.count} encrypted zip files. A referral holds exactly one.`,
  }),
  'attachment-missing-encrypted-zip': () => ({
    nl: 'Het versleutelde zip-bestand ontbreekt. Versleutel het verwijsformulier in het taakvenster (AES-256, opent met 7-Zip).',
    en: 'The encrypted zip file is missing. Encrypt the referral form in the task pane (AES-256, opens with 7-Zip).',
  }),
  'attachment-inline': (p) => ({
    nl: `De mail bevat ${p.names.length === 1 ? 'een ingevoegde afbeelding' : `${p.names.length} ingevoegde afbeeldingen`} (${listNames(p.names)}), bijvoorbeeld een logo in de handtekening. Die worden niet versleuteld. Het taakvenster verwijdert ze: open het taakvenster.`,
    en: `The mail holds ${p.names.length === 1 ? 'an inline image' : `${p.names.length} inline images`} (${listNames(p.names)}), for example a logo in the signature. They are not encrypted. The task pane removes them: open the task pane.`,
  }),
  'attachment-zip-not-aes256': () => ({
    nl: 'Het zip-bestand is niet (volledig) versleuteld met AES-256: minstens één bestand erin is leesbaar of zwakker versleuteld. Versleutel het formulier opnieuw in het taakvenster.',
    en: 'The zip file is not (fully) encrypted with AES-256: at least one file in it is readable or weakly encrypted. Encrypt the form again in the task pane.',
  }),
  'attachment-zip-entry-name': () => ({
    nl: 'Een bestand in het zip-bestand heeft geen neutrale naam. Namen in een zip worden niet versleuteld. Versleutel het formulier opnieuw in het taakvenster.',
    en: 'A file inside the zip file has no neutral name. Names inside a zip are not encrypted. Encrypt the form again in the task pane.',
  }),
  'attachment-zip-invalid': () => ({
    nl: 'Het zip-bestand is beschadigd of bevat onversleutelde gegevens naast de versleutelde bestanden (bijvoorbeeld een opmerking). Versleutel het formulier opnieuw in het taakvenster.',
    en: 'The zip file is damaged or holds unencrypted data beside the encrypted files (for example a comment). Encrypt the form again in the task pane.',
  }),
  'referral-marker-invalid': (p) => ({
    nl: `De kopregel ${p.header} die het taakvenster schreef is onleesbaar of gewijzigd. Open het taakvenster en doorloop de doorverwijzing opnieuw.`,
    en: `The header ${p.header} written by the task pane is unreadable or was changed. Open the task pane and go through the referral again.`,
  }),
  'check-failed': () => ({
    nl: 'De add-in kon deze doorverwijzing niet controleren en houdt ze daarom tegen. Open het taakvenster en probeer opnieuw.',
    en: 'The add-in could not check this referral, so it holds it back. Open the task pane and try again.',
  }),
  'send-check-test': (p) => ({
    nl: `Testmail aan ${p.address}: de verzendcontrole van Veilige doorverwijzing werkt op dit toestel (versie ${p.version}, register ${p.registry}). Deze mail wordt niet verstuurd; verwijder hem.`,
    en: `Test mail to ${p.address}: the Send check of Secure referral runs on this device (version ${p.version}, registry ${p.registry}). This mail is not sent; delete it.`,
  }),
};

/** At most five names, then how many more: the message must fit Outlook's 500 characters. Null: a name with client data, never shown. */
function listNames(names: readonly (string | null)[], lang: Lang = 'nl', most = 5): string {
  const hidden = lang === 'nl' ? 'naam met gegevens van de cliënt' : "name with the client's data";
  const shown = names.slice(0, most).map((n) => (n === null ? hidden : shorten(n)));
  return names.length > most ? `${shown.join(', ')} +${names.length - most}` : shown.join(', ');
}

/** The longest a value typed or received (an address, a display name, a file name) is shown in a message. */
export const SHOWN_VALUE_CHARS = 40;

// Control characters and the bidirectional overrides and isolates: shown as they are, they could
// break the message's lines or reorder its words on screen.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const UNSHOWABLE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/**
 * A value as a message shows it: at most `max` characters, cut with "…" (never inside a surrogate
 * pair), with control and direction characters shown as "\ufffd". Linear; a 2 MB address becomes
 * 40 characters, so the words around it always fit Outlook's 500.
 */
export function shorten(value: string, max = SHOWN_VALUE_CHARS): string {
  let s = value.length > max ? value.slice(0, max) : value;
  s = s.replace(UNSHOWABLE, '\ufffd');
  if (value.length <= max) return s;
  let cut = max - 1;
  const last = s.charCodeAt(cut - 1);
  if (last >= 0xd800 && last <= 0xdbff) cut--;
  return `${s.slice(0, cut)}…`;
}

/** The parameters that carry what a user typed or received: shortened before any template sees them. */
const SHOWN_PARAMS = ['address', 'shown', 'value'] as const;

function forMessage<P>(params: P): P {
  let out: P = params;
  for (const key of SHOWN_PARAMS) {
    const v = (params as Record<string, unknown>)[key];
    if (typeof v === 'string' && shorten(v) !== v) out = { ...out, [key]: shorten(v) };
  }
  return out;
}

/** Longest user-supplied text (a file name, an address, a typed value) a message shows whole. */
export const MAX_SHOWN = SHOWN_VALUE_CHARS;

const NAME_WORD_PART: { readonly [K in NameWordPart]: LocalizedText } = {
  first: { nl: 'een woord dat ook de voornaam van de cliënt is', en: "a word that is also the client's first name" },
  last: { nl: 'een woord dat ook de achternaam van de cliënt is', en: "a word that is also the client's last name" },
  full: { nl: 'de naam van de cliënt', en: "the client's name" },
  file: { nl: 'een woord uit de naam van het oorspronkelijke bestand', en: 'a word from the name of the original file' },
};

const NAME_WORD_WHY: { readonly [K in WeakGrade]: LocalizedText } = {
  'common-word': { nl: 'Het is ook een gewoon Nederlands woord (zoals "ben" in "ik ben").', en: 'It is also a common Dutch word (like "ben" in "ik ben").' },
  'own-name': { nl: 'Het is ook uw eigen naam (bijvoorbeeld in uw handtekening).', en: 'It is also your own name (for example in your signature).' },
  'protocol-word': {
    nl: 'Het is ook een woord uit het protocol (gemeente, sociale dienst of team), dat de neutrale tekst noemt.',
    en: 'It is also a word of the protocol (municipality, social service or team), which the neutral text names.',
  },
};

/** A whole number with a thousands separator, without Intl (missing in classic Outlook's runtime). */
function thousands(n: number, separator: string): string {
  const digits = String(Math.floor(n));
  let out = '';
  for (let i = 0; i < digits.length; i++) out += (i > 0 && (digits.length - i) % 3 === 0 ? separator : '') + digits.charAt(i);
  return out;
}

function capital(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/**
 * Rank of each code, most important first. Data that would leave in the clear or reach the wrong
 * party outranks what is merely incomplete, so a Smart Alert cut at 500 characters still shows it.
 */
const REASON_RANK: { readonly [K in ReasonCode]: number } = {
  'check-failed': 0,
  // First: an admin's test mail must say so, whatever else is wrong with it.
  'send-check-test': -1,
  'referral-marker-invalid': 1,
  'referral-traces-unreadable': 1.5,
  'location-missing': 2,
  'location-invalid': 3,
  'protocol-not-found': 4,
  'protocol-ended': 5,
  'protocol-not-yet-in-force': 6,
  'attachment-not-encrypted': 7,
  'attachment-form-to-social-service': 7.5,
  'attachment-zip-not-aes256': 8,
  'attachment-zip-invalid': 9,
  'attachment-zip-entry-name': 10,
  'attachment-changed-after-encryption': 11,
  'recipient-lookalike-confusable': 12,
  'recipient-lookalike-punycode': 13,
  'recipient-lookalike-non-ascii': 14,
  // A new code takes a rank between its neighbours, so that the table is never renumbered.
  'recipient-lookalike-embedded': 14.5,
  'recipient-lookalike-longer-domain': 15,
  'recipient-lookalike-trailing-dot': 16,
  'recipient-sub-address': 17,
  'recipient-not-ascii': 18,
  'recipient-display-name-mismatch': 19,
  'recipient-wrong-social-service': 20,
  'recipient-not-registered': 21,
  'recipient-distribution-list': 22,
  'recipient-bcc': 23,
  'recipient-cc': 24,
  'content-password': 25,
  'content-password-shape': 26,
  'content-national-number': 26.5,
  'content-client-name': 27,
  'content-client-phone': 28,
  'content-client-email': 29,
  'content-file-name-word': 30,
  'attachment-name-client-data': 31,
  'attachment-inline': 32,
  'consent-missing': 33,
  'recipient-missing': 34,
  'recipient-duplicate': 35,
  'attachment-multiple-encrypted-zips': 36,
  'attachment-missing-encrypted-zip': 37,
  // Questions come after every refusal: a mail that is refused shows why first.
  'content-client-name-word': 37.5,
  'content-not-fully-checked': 37.7,
  'recipient-near-miss': 38,
  'recipient-named-social-service': 39,
  'recipient-group-with-attachments': 40,
  'recipient-same-domain-with-attachments': 41,
  'attachment-to-social-service': 41.5,
  'follow-up-registered-mailbox': 42,
};

/**
 * The three outcomes. 'block': no way through (a referral, or a mail that looks like one, breaks
 * a rule). 'prompt': Outlook asks, with "Toch verzenden" / "Send Anyway" (Mailbox 1.14; older
 * clients cannot ask, so there it blocks). A mail with no reason is allowed.
 */
export type Outcome = 'allow' | 'prompt' | 'block';

/**
 * The outcome of each reason, in one place: the pane shows the same, and docs/send-check.md's
 * table of reasons is checked against this (test/domain/outcomes.test.ts).
 */
export const REASON_OUTCOME: { readonly [K in ReasonCode]: Exclude<Outcome, 'allow'> } = {
  'check-failed': 'block',
  'send-check-test': 'block',
  'referral-marker-invalid': 'block',
  'location-missing': 'block',
  'location-invalid': 'block',
  'protocol-not-found': 'block',
  'protocol-ended': 'block',
  'protocol-not-yet-in-force': 'block',
  'attachment-not-encrypted': 'block',
  'attachment-zip-not-aes256': 'block',
  'attachment-zip-invalid': 'block',
  'attachment-zip-entry-name': 'block',
  'attachment-changed-after-encryption': 'block',
  'recipient-lookalike-confusable': 'block',
  'recipient-lookalike-punycode': 'block',
  'recipient-lookalike-non-ascii': 'block',
  'recipient-lookalike-embedded': 'block',
  'recipient-lookalike-longer-domain': 'block',
  'recipient-lookalike-trailing-dot': 'block',
  'recipient-sub-address': 'block',
  'recipient-not-ascii': 'block',
  'recipient-display-name-mismatch': 'block',
  'recipient-wrong-social-service': 'block',
  'recipient-not-registered': 'block',
  'recipient-distribution-list': 'block',
  'recipient-bcc': 'block',
  'recipient-cc': 'block',
  'content-password': 'block',
  'content-password-shape': 'block',
  'content-client-name': 'block',
  'content-client-phone': 'block',
  'content-client-email': 'block',
  'content-file-name-word': 'block',
  'content-national-number': 'block',
  'attachment-name-client-data': 'block',
  'attachment-inline': 'block',
  'consent-missing': 'block',
  'recipient-missing': 'block',
  'recipient-duplicate': 'block',
  'attachment-multiple-encrypted-zips': 'block',
  'attachment-missing-encrypted-zip': 'block',
  'content-client-name-word': 'prompt',
  'content-not-fully-checked': 'prompt',
  'recipient-near-miss': 'prompt',
  'recipient-named-social-service': 'prompt',
  'recipient-group-with-attachments': 'prompt',
  'recipient-same-domain-with-attachments': 'prompt',
  'follow-up-registered-mailbox': 'prompt',
  'attachment-to-social-service': 'prompt',
  'attachment-form-to-social-service': 'block',
  'referral-traces-unreadable': 'block',
};

/** The outcome of a set of reasons: the strongest one; none is 'allow'. */
export function outcomeOf(reasons: readonly Reason[]): Outcome {
  let outcome: Outcome = 'allow';
  for (const r of reasons) {
    if (REASON_OUTCOME[r.code] === 'block') return 'block';
    outcome = 'prompt';
  }
  return outcome;
}

export const REASON_CODES = (Object.keys(REASON_RANK) as ReasonCode[]).sort((a, b) => REASON_RANK[a] - REASON_RANK[b]);

export function reason<K extends ReasonCode>(code: K, params: ReasonParams[K]): ReasonOf<K> {
  // The mapped catalogue type guarantees REASONS[code] accepts ReasonParams[K]; TS cannot follow
  // the correlation through the index, hence the cast on the function.
  const text = (REASONS[code] as (p: ReasonParams[K]) => LocalizedText)(forMessage(params));
  return { code, message: text, ...params } as unknown as ReasonOf<K>;
}

/** Stable sort: most important first; equal codes keep the order the rules found them in. */
export function sortReasons(reasons: readonly Reason[]): Reason[] {
  return reasons
    .map((r, i) => ({ r, i }))
    .sort((a, b) => REASON_RANK[a.r.code] - REASON_RANK[b.r.code] || a.i - b.i)
    .map(({ r }) => r);
}

/** Joins messages in one language, most important first, cut at a whole message within `max`. */
export function summarize(reasons: readonly Reason[], lang: Lang, max = 500): string {
  let out = '';
  for (const r of sortReasons(reasons)) {
    const next = out ? `${out}\n${r.message[lang]}` : r.message[lang];
    if (next.length > max) {
      if (!out) return `${r.message[lang].slice(0, Math.max(0, max - 1))}…`;
      break;
    }
    out = next;
  }
  return out;
}

/**
 * The Smart Alert's own button, which opens the task pane (cancelLabel, Mailbox 1.14). Outlook
 * cuts it at 20 characters; without it Outlook shows a generic label that does not say where the
 * button leads. Here, not in the Send handler, so every word a user reads stays in this catalogue.
 */
export const OPEN_TASK_PANE_LABEL: LocalizedText = { nl: 'Taakvenster openen', en: 'Open task pane' };

/**
 * Added to a question (outcome 'prompt') on clients before Mailbox 1.14, where Outlook cannot offer
 * "Send Anyway": the Smart Alert then blocks, and its text must not ask the user to decide.
 */
export const PROMPT_NOT_OFFERED: LocalizedText = {
  nl: 'Deze versie van Outlook kan hier geen "Toch verzenden" aanbieden. Pas de ontvangers aan, verstuur een doorverwijzing via het taakvenster, of vraag uw IT-dienst om Outlook bij te werken.',
  en: 'This version of Outlook cannot offer "Send Anyway" here. Change the recipients, send a referral through the task pane, or ask your IT department to update Outlook.',
};

/**
 * What Outlook on a phone shows on the mail being written (src/mobile, a notice of at most 150
 * characters: Office refuses longer) when a recipient is, imitates or comes near an OCMW's
 * registered mailbox (phoneNotice.ts). The Send check does not run on a phone: this only informs.
 */
/**
 * - imitation: a recipient looks like a registered mailbox but is not one;
 * - ocmw: a registered mailbox, a near miss of one, or another address at its domain.
 */
export type PhoneNoticeKind = 'imitation' | 'ocmw';

export const PHONE_NOTICE: { readonly [K in PhoneNoticeKind]: LocalizedText } = {
  ocmw: {
    nl: 'Een doorverwijzing naar het OCMW kan niet vanuit Outlook op uw telefoon. Gebruik Outlook op de computer of op het web.',
    en: 'A referral to the OCMW cannot be sent from Outlook on your phone. Use Outlook on a computer or on the web.',
  },
  imitation: {
    nl: 'Let op: een ontvanger lijkt op een OCMW-adres maar is het niet. Een doorverwijzing kan alleen via Outlook op de computer of het web.',
    en: 'Careful: a recipient imitates an OCMW address but is not one. A referral can only go through Outlook on a computer or on the web.',
  },
};

/**
 * Added on clients before Mailbox 1.14 when what Outlook cannot ask about includes a weak finding
 * in the text (a word of the client's name that is also a common word, the mail being too long
 * to check): the task pane can ask, and its "Toch verzenden" is remembered for this mail.
 */
export const ACKNOWLEDGE_IN_TASK_PANE: LocalizedText = {
  nl: 'Open het taakvenster en kies "Controleer de mail": zijn het geen gegevens van de cliënt, kies er dan "Toch verzenden" en verstuur opnieuw.',
  en: 'Open the task pane and choose "Check the mail": if it is no client data, choose "Send anyway" there and send again.',
};

// --- Problems with input: registry files, snapshots, command-line arguments -----------------

/** Why a character has no place in a registry text (registryFile.ts: badCharacter). */
export type TextCharacterKind = 'lone-surrogate' | 'control' | 'invisible';
/** Why the command line could not read a file. */
export type FileTrouble = 'missing' | 'no-access' | 'directory' | 'not-a-file' | 'unreadable';

type ProblemParams = {
  'registry-too-large': { readonly limit: number };
  'registry-not-utf8': { readonly line: number };
  'registry-not-json': { readonly line: number; readonly column: number; readonly expected: JsonExpected };
  'registry-duplicate-key': { readonly record: string; readonly field: string; readonly line: number; readonly firstLine: number };
  'registry-shape': { readonly field: string; readonly expected: LocalizedText };
  'registry-empty': NoParams;
  'registry-field-missing': { readonly record: string; readonly field: string; readonly expected: LocalizedText };
  'registry-field-invalid': { readonly record: string; readonly field: string; readonly expected: LocalizedText; readonly got: string };
  'registry-field-unknown': { readonly record: string; readonly field: string };
  'registry-text-character': {
    readonly record: string;
    readonly field: string;
    readonly codePoint: string;
    readonly position: number;
    readonly kind: TextCharacterKind;
  };
  'registry-repeated-value': { readonly record: string; readonly field: string; readonly got: string; readonly first: string };
  'registry-mailbox-not-ascii': { readonly record: string; readonly field: string; readonly got: string };
  'registry-end-before-start': { readonly record: string; readonly inForceFrom: string; readonly endedOn: string };
  'registry-duplicate-id': { readonly id: string; readonly records: string };
  'registry-overlap': { readonly first: string; readonly second: string; readonly shared: string; readonly from: string };
  'snapshot-field': { readonly field: string; readonly expected: LocalizedText };
  'marker-header': { readonly header: string; readonly expected: LocalizedText };
  'cli-usage': NoParams;
  'cli-unknown-command': { readonly command: string };
  'cli-option': { readonly option: string; readonly expected: LocalizedText };
  'cli-file': { readonly file: string; readonly trouble: FileTrouble; readonly detail: string };
  'cli-write': { readonly file: string; readonly detail: string };
  'cli-registry-invalid': { readonly file: string };
  'cli-not-found': { readonly query: string };
  'cli-internal': NoParams;
};

export type ProblemCode = keyof ProblemParams;
export type Problem = { [K in ProblemCode]: { readonly code: K; readonly message: LocalizedText } & ProblemParams[K] }[ProblemCode];

const JSON_EXPECTED: { readonly [K in JsonExpected]: LocalizedText } = {
  value: {
    nl: 'hier hoort een waarde (tekst tussen dubbele aanhalingstekens, een getal, true, false, null, {…} of […])',
    en: 'a value belongs here (text in double quotes, a number, true, false, null, {…} or […])',
  },
  name: {
    nl: 'hier hoort een veldnaam tussen dubbele aanhalingstekens (een komma te veel vóór } ?)',
    en: 'a field name in double quotes belongs here (one comma too many before } ?)',
  },
  colon: { nl: 'hier hoort een dubbele punt na de veldnaam', en: 'a colon belongs here, after the field name' },
  'comma-or-end-of-object': { nl: 'hier hoort een komma of }', en: 'a comma or } belongs here' },
  'comma-or-end-of-list': { nl: 'hier hoort een komma of ]', en: 'a comma or ] belongs here' },
  'nothing-more': { nl: 'na het einde van de JSON mag niets meer staan', en: 'nothing may follow the end of the JSON' },
  'string-end': { nl: 'de tekst tussen aanhalingstekens wordt niet afgesloten', en: 'the text in quotes is never closed' },
  escape: {
    nl: 'ongeldig teken na \\ (toegelaten: \\", \\\\, \\/, \\b, \\f, \\n, \\r, \\t, \\uXXXX)',
    en: 'invalid character after \\ (allowed: \\", \\\\, \\/, \\b, \\f, \\n, \\r, \\t, \\uXXXX)',
  },
  'no-control-character': {
    nl: 'een tab of regeleinde staat rechtstreeks in een tekst tussen aanhalingstekens',
    en: 'a tab or line break stands directly inside a text in quotes',
  },
  number: { nl: 'hier staat een ongeldig getal', en: 'this is not a valid number' },
  'more-text': { nl: 'het bestand houdt hier op, maar de JSON is nog niet af', en: 'the file ends here, but the JSON is not complete' },
};

const CHARACTER_KIND: { readonly [K in TextCharacterKind]: LocalizedText } = {
  'lone-surrogate': { nl: 'een losse UTF-16-surrogaat, de helft van een teken', en: 'a lone UTF-16 surrogate, half of a character' },
  control: { nl: 'een stuurteken', en: 'a control character' },
  invisible: { nl: 'een onzichtbaar opmaakteken', en: 'an invisible formatting character' },
};

const FILE_TROUBLE: { readonly [K in FileTrouble]: LocalizedText } = {
  missing: { nl: 'het bestand bestaat niet', en: 'the file does not exist' },
  'no-access': { nl: 'geen toegang tot het bestand', en: 'no permission to read the file' },
  directory: { nl: 'dit is een map, geen bestand', en: 'this is a directory, not a file' },
  'not-a-file': { nl: 'dit is geen gewoon bestand (een apparaat, pipe of socket)', en: 'this is not a regular file (a device, pipe or socket)' },
  unreadable: { nl: 'het bestand kan niet gelezen worden', en: 'the file cannot be read' },
};

const mib = (bytes: number): string => `${Math.round(bytes / (1024 * 1024))} MiB`;

const PROBLEMS: { readonly [K in ProblemCode]: (p: ProblemParams[K]) => LocalizedText } = {
  'registry-too-large': (p) => ({
    nl: `Het register is groter dan ${mib(p.limit)}. Zo groot is geen register van protocollen: is dit het juiste bestand?`,
    en: `The registry is larger than ${mib(p.limit)}. No registry of protocols is that large: is this the right file?`,
  }),
  'registry-not-utf8': (p) => ({
    nl: `Het register is geen UTF-8-tekst (regel ${p.line}). Bewaar het als UTF-8 (in Kladblok: Opslaan als, codering UTF-8).`,
    en: `The registry is not UTF-8 text (line ${p.line}). Save it as UTF-8 (in Notepad: Save as, encoding UTF-8).`,
  }),
  'registry-not-json': (p) => ({
    nl: `Het register is geen geldige JSON: regel ${p.line}, kolom ${p.column}: ${JSON_EXPECTED[p.expected].nl}.`,
    en: `The registry is not valid JSON: line ${p.line}, column ${p.column}: ${JSON_EXPECTED[p.expected].en}.`,
  }),
  'registry-duplicate-key': (p) => ({
    nl: `${p.record}, veld ${p.field}: staat twee keer in hetzelfde object (regel ${p.firstLine} en regel ${p.line}). Een JSON-lezer houdt dan stil alleen de laatste waarde: laat er één staan.`,
    en: `${p.record}, field ${p.field}: occurs twice in the same object (line ${p.firstLine} and line ${p.line}). A JSON reader then silently keeps only the last value: keep one.`,
  }),
  'registry-shape': (p) => ({ nl: `Register, veld ${p.field}: moet ${p.expected.nl} zijn.`, en: `Registry, field ${p.field}: must be ${p.expected.en}.` }),
  'registry-empty': () => ({
    nl: 'Het register bevat geen enkel protocol. Zonder protocol herkent de verzendcontrole geen enkele doorverwijzing en laat ze elke mail door: het register moet minstens één protocol hebben.',
    en: 'The registry holds no protocol at all. Without one the Send check recognises no referral and lets every mail go: the registry must hold at least one protocol.',
  }),
  'registry-field-missing': (p) => ({
    nl: `${p.record}, veld ${p.field}: ontbreekt (moet ${p.expected.nl} zijn).`,
    en: `${p.record}, field ${p.field}: missing (must be ${p.expected.en}).`,
  }),
  'registry-field-invalid': (p) => ({
    nl: `${p.record}, veld ${p.field}: moet ${p.expected.nl} zijn, maar is ${p.got}.`,
    en: `${p.record}, field ${p.field}: must be ${p.expected.en}, but is ${p.got}.`,
  }),
  'registry-field-unknown': (p) => ({
    nl: `${p.record}, veld ${p.field}: onbekend veld (tikfout?). Zie docs/registry.md voor de velden.`,
    en: `${p.record}, field ${p.field}: unknown field (typo?). See docs/registry.md for the fields.`,
  }),
  'registry-text-character': (p) => ({
    nl: `${p.record}, veld ${p.field}: teken ${p.position} is ${p.codePoint}, ${CHARACTER_KIND[p.kind].nl}. Een tekst in het register bevat alleen leesbare tekens: typ hem opnieuw.`,
    en: `${p.record}, field ${p.field}: character ${p.position} is ${p.codePoint}, ${CHARACTER_KIND[p.kind].en}. A text in the registry holds readable characters only: type it again.`,
  }),
  'registry-repeated-value': (p) => ({
    nl: `${p.record}, veld ${p.field}: ${p.got} staat al in ${p.first}. Elke postcode en deelgemeente komt hoogstens één keer voor.`,
    en: `${p.record}, field ${p.field}: ${p.got} is already in ${p.first}. Each postcode and locality appears at most once.`,
  }),
  'registry-mailbox-not-ascii': (p) => ({
    nl: `${p.record}, veld ${p.field}: ${p.got} is geen gewoon ASCII-adres (alleen a-z, 0-9, punt, koppelteken en underscore; geen +, geen xn--, geen punt op het einde).`,
    en: `${p.record}, field ${p.field}: ${p.got} is not a plain ASCII address (only a-z, 0-9, dot, hyphen and underscore; no +, no xn--, no trailing dot).`,
  }),
  'registry-end-before-start': (p) => ({
    nl: `${p.record}: de einddatum ${p.endedOn} ligt vóór de datum van inwerkingtreding ${p.inForceFrom}.`,
    en: `${p.record}: the end date ${p.endedOn} is before the date of entry into force ${p.inForceFrom}.`,
  }),
  'registry-duplicate-id': (p) => ({
    nl: `De id "${p.id}" komt meer dan één keer voor (${p.records}). Elke id moet uniek zijn.`,
    en: `The id "${p.id}" occurs more than once (${p.records}). Every id must be unique.`,
  }),
  'registry-overlap': (p) => ({
    nl: `${p.first} en ${p.second} zijn allebei in werking vanaf ${p.from} voor ${p.shared}. Per postcode, NIS-code en naam van gemeente of deelgemeente mag op elke dag hoogstens één protocol in werking zijn: beëindig het oude protocol (endedOn).`,
    en: `${p.first} and ${p.second} are both in force from ${p.from} for ${p.shared}. At most one protocol may be in force on any day per postcode, NIS code and municipality or locality name: end the old protocol (endedOn).`,
  }),
  'snapshot-field': (p) => ({
    nl: `Gegevens van de mail, veld ${p.field}: moet ${p.expected.nl} zijn.`,
    en: `Mail data, field ${p.field}: must be ${p.expected.en}.`,
  }),
  'marker-header': (p) => ({ nl: `Kopregel ${p.header}: moet ${p.expected.nl} zijn.`, en: `Header ${p.header}: must be ${p.expected.en}.` }),
  'cli-usage': () => ({
    nl: 'Gebruik: npm run registry -- check [bestand] | list [--date JJJJ-MM-DD] | lookup <postcode|gemeente|nis> [--date JJJJ-MM-DD] | verify (--postcode P | --municipality M | --nis N) --to A [--to A2] [--cc C] [--bcc B] [--date JJJJ-MM-DD] [--consent] | exchange-rules [--mode Audit|Enforce] [--dpo-report ADRES] [--out BESTAND]; bij elk commando ook [--registry BESTAND] [--lang nl|en]',
    en: 'Usage: npm run registry -- check [file] | list [--date YYYY-MM-DD] | lookup <postcode|municipality|nis> [--date YYYY-MM-DD] | verify (--postcode P | --municipality M | --nis N) --to A [--to A2] [--cc C] [--bcc B] [--date YYYY-MM-DD] [--consent] | exchange-rules [--mode Audit|Enforce] [--dpo-report ADDRESS] [--out FILE]; with every command also [--registry FILE] [--lang nl|en]',
  }),
  'cli-unknown-command': (p) => ({ nl: `Onbekend commando "${p.command}".`, en: `Unknown command "${p.command}".` }),
  'cli-option': (p) => ({ nl: `Optie ${p.option}: moet ${p.expected.nl} zijn.`, en: `Option ${p.option}: must be ${p.expected.en}.` }),
  'cli-file': (p) => ({
    nl: `Kan ${p.file} niet lezen: ${FILE_TROUBLE[p.trouble].nl}${p.detail ? ` (${p.detail})` : ''}.`,
    en: `Cannot read ${p.file}: ${FILE_TROUBLE[p.trouble].en}${p.detail ? ` (${p.detail})` : ''}.`,
  }),
  'cli-write': (p) => ({
    nl: `Kan ${p.file} niet schrijven${p.detail ? ` (${p.detail})` : ''}: bestaat de map, is het geen map zelf, en mag u er schrijven?`,
    en: `Cannot write ${p.file}${p.detail ? ` (${p.detail})` : ''}: does the folder exist, is it not a folder itself, and may you write there?`,
  }),
  'cli-registry-invalid': (p) => ({
    nl: `${p.file} is geen geldig register; \`npm run registry -- check\` toont alles wat eraan schort:`,
    en: `${p.file} is not a valid registry; \`npm run registry -- check\` shows everything wrong with it:`,
  }),
  'cli-not-found': (p) => ({
    nl: `Geen protocol gevonden voor "${p.query}" (gezocht op postcode, gemeente en NIS-code).`,
    en: `No protocol found for "${p.query}" (searched by postcode, municipality and NIS code).`,
  }),
  'cli-internal': () => ({
    nl: 'Interne fout: het commando liep vast op iets wat niet had mogen gebeuren. Meld het aan de ontwikkelaars, met het commando dat u gaf.',
    en: 'Internal error: the command stopped on something that should not happen. Report it to the developers, with the command you gave.',
  }),
};

/** What `npm run registry -- exchange-rules` made, against Exchange Online's limits. */
export function exchangeRulesSummary(p: {
  readonly rules: number;
  readonly mailboxes: number;
  readonly mode: 'Audit' | 'Enforce';
  readonly largest: number;
  readonly regexChars: number;
  readonly limits: { readonly rules: number; readonly ruleChars: number; readonly regexChars: number };
  readonly fits: boolean;
  readonly file?: string;
}): LocalizedText {
  const where = { nl: p.file ? ` in ${p.file}` : '', en: p.file ? ` to ${p.file}` : '' };
  const figures = {
    nl: `${p.rules} ${p.rules === 1 ? 'regel' : 'regels'} (${p.mode}) voor ${p.mailboxes} OCMW-${p.mailboxes === 1 ? 'mailbox' : 'mailboxen'}; grootste regel ${p.largest} van ${p.limits.ruleChars} tekens; reguliere expressies ${p.regexChars} van ${p.limits.regexChars} tekens (met die van de andere regels van de organisatie); regels van de organisatie samen hoogstens ${p.limits.rules}.`,
    en: `${p.rules} ${p.rules === 1 ? 'rule' : 'rules'} (${p.mode}) for ${p.mailboxes} OCMW ${p.mailboxes === 1 ? 'mailbox' : 'mailboxes'}; largest rule ${p.largest} of ${p.limits.ruleChars} characters; regular expressions ${p.regexChars} of ${p.limits.regexChars} characters (with those of the organisation's other rules); the organisation's rules together at most ${p.limits.rules}.`,
  };
  if (!p.fits) {
    return {
      nl: `NIET GESCHREVEN: de regels passen niet binnen de grenzen van Exchange Online. ${figures.nl}`,
      en: `NOT WRITTEN: the rules do not fit Exchange Online's limits. ${figures.en}`,
    };
  }
  return {
    nl: `OK: Exchange Online-script geschreven${where.nl}. ${figures.nl} Eerst in Audit, zie docs/admin.md.`,
    en: `OK: Exchange Online script written${where.en}. ${figures.en} Audit first, see docs/admin.md.`,
  };
}

/** The first line of `npm run registry -- check`, in one language. */
/** `digest`: the registry's identifier (release.ts), which a build shows in the pane and support.html. */
export function registryCheckSummary(
  file: string,
  result: { readonly protocols: number; readonly digest: string } | { readonly problems: number },
): LocalizedText {
  if ('protocols' in result) {
    const n = result.protocols;
    return {
      nl: `OK ${file}: ${n} ${n === 1 ? 'protocol' : 'protocollen'}, register ${result.digest}`,
      en: `OK ${file}: ${n} ${n === 1 ? 'protocol' : 'protocols'}, registry ${result.digest}`,
    };
  }
  const n = result.problems;
  return { nl: `ONGELDIG ${file}: ${n} ${n === 1 ? 'probleem' : 'problemen'}`, en: `INVALID ${file}: ${n} ${n === 1 ? 'problem' : 'problems'}` };
}

export function problem<K extends ProblemCode>(code: K, params: ProblemParams[K]): Extract<Problem, { code: K }> {
  const text = (PROBLEMS[code] as (p: ProblemParams[K]) => LocalizedText)(params);
  return { code, message: text, ...params } as unknown as Extract<Problem, { code: K }>;
}
