// The Send check's words in Dutch (nl-BE), the language the add-in speaks first: a message per
// reason (the rules' codes, reasons.ts), what the Smart Alert adds, and the problems with a mail's
// data. The task pane shows the same messages, so a user reads the same words in both.
//
// Privacy: a message may show back only what the user typed (recipient addresses, a postcode) and
// registry data. It never contains a password, and never the client's name, phone or e-mail: a
// message says *that* and *where* client data was found, not what it was.
//
// Runs in the Send bundle: ES2016 syntax and built-ins only.
import { formatDay } from '../../domain/lang';
import type { LocationBy } from '../../domain/location';
import type { ProblemWords, SendProblemCode } from '../../domain/problemParams';
import type { RecipientField } from '../../domain/recipient';
import type { NameWordPart, ReasonParams, ReasonWords, Where } from '../../domain/reasonParams';
import { shorten } from '../../domain/shown';
import type { WeakGrade } from '../../domain/traces';
import { capital, listNames, thousands } from '../format';

const where = (w: Where): string => ({ subject: 'het onderwerp', body: 'de tekst van de mail', 'attachment-name': 'de naam van een bijlage' })[w];
/** The recipient fields as Outlook names them; the task pane uses the same. */
export const field: Record<RecipientField, string> = { to: 'Aan', cc: 'CC', bcc: 'BCC' };
const by: Record<LocationBy, string> = { postcode: 'postcode', municipality: 'gemeente', nis: 'NIS-code', protocolId: 'protocol' };
const named = (names: readonly (string | null)[], most = 5): string => listNames(names, 'naam met gegevens van de cliënt', most);

const lookalike = (p: ReasonParams['recipient-sub-address'], how: string): string =>
  `${p.address} (${field[p.field]}) is niet de geregistreerde mailbox ${p.imitates}, maar lijkt erop: ${how}. Gebruik exact ${p.imitates}.`;

const nameWordPart: { readonly [K in NameWordPart]: string } = {
  first: 'een woord dat ook de voornaam van de cliënt is',
  last: 'een woord dat ook de achternaam van de cliënt is',
  full: 'de naam van de cliënt',
  file: 'een woord uit de naam van het oorspronkelijke bestand',
};

const nameWordWhy: { readonly [K in WeakGrade]: string } = {
  'common-word': 'Het is ook een gewoon Nederlands woord (zoals "ben" in "ik ben").',
  'own-name': 'Het is ook uw eigen naam (bijvoorbeeld in uw handtekening).',
  'protocol-word': 'Het is ook een woord uit het protocol (gemeente, sociale dienst of team), dat de neutrale tekst noemt.',
};

export const reasons: ReasonWords = {
  'location-missing': () => 'Vul de postcode of de gemeente van de cliënt in. Zonder woonplaats is niet te bepalen naar welk OCMW de doorverwijzing mag.',
  'location-invalid': (p) =>
    p.by === 'postcode'
      ? `"${shorten(p.value)}" is geen Belgische postcode: een postcode heeft vier cijfers, van 1000 tot 9999 (bijvoorbeeld 2550).`
      : `"${shorten(p.value)}" is geen NIS-code: een NIS-code heeft vijf cijfers (bijvoorbeeld 11024).`,
  'protocol-not-found': (p) =>
    `Er is geen protocol met het OCMW van ${by[p.by]} ${shorten(p.value)}. Een doorverwijzing mag alleen naar het OCMW van de woonplaats van de cliënt, en alleen als er met dat OCMW een protocol is.`,
  'protocol-not-yet-in-force': (p) =>
    `Het protocol met ${p.socialService} is nog niet in werking: het treedt in werking op ${formatDay(p.inForceFrom, 'nl')}. Tot dan mag er niets verstuurd worden.`,
  'protocol-ended': (p) => `Het protocol met ${p.socialService} is beëindigd op ${formatDay(p.endedOn, 'nl')}. Er mag niets meer naar verstuurd worden.`,
  'attachment-not-encrypted': (p) =>
    `${p.count === 1 ? 'Er is 1 bijlage' : `Er zijn ${p.count} bijlagen`} die niet met de add-in versleuteld ${p.count === 1 ? 'is' : 'zijn'}. Verwijder ze: alleen het versleutelde zip-bestand mag mee.`,
  'attachment-changed-after-encryption': () =>
    'Het versleutelde zip-bestand is gewijzigd of vervangen na het versleutelen. Versleutel het formulier opnieuw in het taakvenster.',
  'recipient-lookalike-confusable': (p) =>
    lookalike(p, 'het bevat tekens die er hetzelfde uitzien maar andere tekens zijn (bijvoorbeeld Cyrillische letters, 0 voor o of rn voor m)'),
  'recipient-lookalike-punycode': (p) =>
    lookalike(p, 'het domein is een gecodeerde internationale naam (xn--) die in Outlook als de echte naam kan verschijnen'),
  'recipient-lookalike-non-ascii': (p) => lookalike(p, 'het bevat tekens buiten het gewone alfabet (accenten, onzichtbare of brede tekens)'),
  'recipient-lookalike-embedded': (p) =>
    lookalike(p, 'het bevat de geregistreerde mailbox, maar de mail gaat naar een ander adres (het domein na de laatste @)'),
  'recipient-lookalike-longer-domain': (p) => lookalike(p, 'het domein begint of eindigt met het echte domein, maar is een ander domein'),
  'recipient-lookalike-trailing-dot': (p) => lookalike(p, 'het adres eindigt op een punt'),
  'recipient-sub-address': (p) => lookalike(p, 'het heeft een toevoeging met + (sub-adres)'),
  'recipient-display-name-mismatch': (p) =>
    `De ontvanger ${p.address} (${field[p.field]}) heeft als weergavenaam een ander adres: "${p.shown}". De mail zou naar ${p.address} gaan, niet naar het getoonde adres.`,
  'recipient-wrong-social-service': (p) =>
    `${p.address} is de mailbox van ${p.socialService}, niet van het OCMW van de woonplaats van de cliënt. Deze doorverwijzing mag alleen naar ${p.expectedMailbox} (${p.expectedSocialService}).`,
  'recipient-not-registered': (p) =>
    `${p.address} (${field[p.field]}) is niet de geregistreerde mailbox. Een doorverwijzing mag alleen naar ${p.expectedMailbox}; verwijder deze ontvanger.`,
  'recipient-distribution-list': (p) =>
    `${p.address} (${field[p.field]}) is een distributielijst. Een doorverwijzing gaat naar één geregistreerde mailbox, nooit naar een lijst.`,
  'recipient-bcc': (p) => `${p.address} staat in BCC. Een doorverwijzing heeft geen BCC-ontvangers; verwijder ze.`,
  'recipient-cc': (p) => `${p.address} staat in CC. Een doorverwijzing heeft geen CC-ontvangers; verwijder ze.`,
  'recipient-missing': (p) => `De geregistreerde mailbox ${p.expectedMailbox} van ${p.socialService} staat niet in Aan. Zet precies dat adres in Aan.`,
  'recipient-duplicate': (p) => `${p.address} staat meer dan één keer in Aan. Laat het er één keer in staan.`,
  'recipient-not-ascii': (p) =>
    `${p.address} (${field[p.field]}) is geen gewoon adres: het bevat tekens buiten het gewone alfabet of een gecodeerde internationale naam (xn--). Zo'n adres kan een OCMW-mailbox nabootsen, dus houdt de add-in deze mail tegen. Een doorverwijzing gaat alleen naar een geregistreerde mailbox.`,
  'recipient-near-miss': (p) =>
    `Bedoelde u ${p.resembles}? ${p.address} (${field[p.field]}) lijkt op die geregistreerde OCMW-mailbox, maar is een ander adres. Verstuur alleen als het adres klopt en de mail geen gegevens van een cliënt bevat: een doorverwijzing gaat via het taakvenster.`,
  'recipient-named-social-service': (p) =>
    `${p.address} (${field[p.field]}) heeft als naam een OCMW of sociale dienst, maar is ${p.resembles ? `niet de geregistreerde mailbox ${p.resembles}` : 'geen geregistreerde OCMW-mailbox'}. Verstuur alleen als de mail geen gegevens van een cliënt bevat: een doorverwijzing gaat via het taakvenster${p.resembles ? ` naar ${p.resembles}` : ''}.`,
  'recipient-group-with-attachments': (p) =>
    `${p.address} (${field[p.field]}) is een distributielijst of contactgroep, en de mail heeft bijlagen. Wie erin zit, kan de add-in niet zien. Verstuur alleen als er geen OCMW in zit of de bijlagen geen gegevens van een cliënt bevatten: een doorverwijzing gaat via het taakvenster.`,
  'recipient-same-domain-with-attachments': (p) =>
    `Bedoelde u ${p.resembles}? ${p.address} (${field[p.field]}) is een ander adres bij het domein van die geregistreerde OCMW-mailbox, en de mail heeft bijlagen. Een doorverwijzing gaat alleen naar ${p.resembles}, versleuteld via het taakvenster. Verstuur alleen als de bijlagen geen gegevens van een cliënt bevatten.`,
  'follow-up-registered-mailbox': (p) =>
    `Deze mail gaat naar ${p.mailbox} (${p.socialService}) maar is geen doorverwijzing uit het taakvenster. Een vervolgmail zonder gegevens van de cliënt mag; een doorverwijzing gaat altijd via het taakvenster, versleuteld. Verstuur alleen als deze mail geen gegevens van een cliënt bevat.`,
  'attachment-to-social-service': (p) =>
    `Deze mail gaat naar ${p.mailbox} (${p.socialService}) met ${p.names.length === 1 ? 'een bijlage' : `${p.names.length} bijlagen`} (${named(p.names, 3)}), maar is geen doorverwijzing uit het taakvenster. Gegevens van een cliënt gaan alleen versleuteld, via het taakvenster. Verstuur alleen als de bijlagen geen gegevens van een cliënt bevatten.`,
  'attachment-form-to-social-service': (p) =>
    `${p.address} (${field[p.field]}) is een adres bij het OCMW van ${p.resembles}. De bijlage (${named(p.names, 3)}) lijkt een verwijsformulier, of een afbeelding of PDF ervan, en zou onversleuteld vertrekken. Een doorverwijzing gaat alleen naar ${p.resembles}, versleuteld via het taakvenster.`,
  'referral-traces-unreadable': () =>
    'De gegevens die het taakvenster bij deze mail bewaarde om naar gegevens van de cliënt te zoeken, zijn onleesbaar. Zonder die gegevens kan de add-in niet nagaan of de mail gegevens van de cliënt bevat. Open het taakvenster en doorloop de doorverwijzing opnieuw.',
  'consent-missing': () => 'Bevestig dat de cliënt geïnformeerd is en toestemming gaf om voornaam, naam en contactgegevens met het OCMW te delen.',
  'content-password': (p) =>
    `${capital(where(p.where))} bevat het wachtwoord. Het wachtwoord mag nooit in de mail: geef het via een ander kanaal door (telefoon, sms).`,
  'content-password-shape': (p) =>
    `${capital(where(p.where))} bevat iets dat eruitziet als een wachtwoord van de add-in (woorden uit de wachtwoordlijst na elkaar, of 16 tekens in groepen van 4). Het wachtwoord mag nooit in een mail: geef het via een ander kanaal door (telefoon, sms).`,
  'content-client-name': (p) => `${capital(where(p.where))} bevat de naam van de cliënt. Gegevens van de cliënt horen alleen in het versleutelde bestand.`,
  'content-client-phone': (p) =>
    `${capital(where(p.where))} bevat het telefoonnummer van de cliënt. Gegevens van de cliënt horen alleen in het versleutelde bestand.`,
  'content-client-email': (p) =>
    `${capital(where(p.where))} bevat het e-mailadres van de cliënt. Gegevens van de cliënt horen alleen in het versleutelde bestand.`,
  'content-file-name-word': (p) =>
    `${capital(where(p.where))} bevat een woord uit de naam van het oorspronkelijke bestand (bijvoorbeeld de naam van de cliënt). Gebruik de neutrale tekst uit het taakvenster.`,
  'content-client-name-word': (p) =>
    `${capital(where(p.where))} bevat ${nameWordPart[p.part]}. ${nameWordWhy[p.why]} Het kan dus toeval zijn. Verstuur alleen als het niet over de cliënt gaat; anders hoort het alleen in het versleutelde bestand.`,
  'content-national-number': (p) =>
    `${capital(where(p.where))} bevat een rijksregisternummer (of bisnummer). Dat hoort in geen enkele mail aan een OCMW, ook niet in het versleutelde bestand: de protocollen delen alleen voornaam, naam en contactgegevens. Verwijder het.`,
  'content-not-fully-checked': (p) =>
    `De mail is te lang om helemaal te controleren: alleen de eerste ${thousands(p.limit, '.')} tekens van het onderwerp en de tekst zijn nagekeken. Verstuur alleen als de rest geen gegevens van de cliënt, geen rijksregisternummer en geen wachtwoord bevat.`,
  'attachment-name-client-data': (p) =>
    `De naam van ${p.count === 1 ? '1 bijlage' : `${p.count} bijlagen`} bevat gegevens van de cliënt. Bestandsnamen worden niet versleuteld: geef de bijlage een neutrale naam.`,
  'attachment-multiple-encrypted-zips': (p) => `Er zijn ${p.count} versleutelde zip-bestanden. Een doorverwijzing bevat er precies één.`,
  'attachment-missing-encrypted-zip': () =>
    'Het versleutelde zip-bestand ontbreekt. Versleutel het verwijsformulier in het taakvenster (AES-256, opent met 7-Zip).',
  'attachment-inline': (p) =>
    `De mail bevat ${p.names.length === 1 ? 'een ingevoegde afbeelding' : `${p.names.length} ingevoegde afbeeldingen`} (${named(p.names)}), bijvoorbeeld een logo in de handtekening. Die worden niet versleuteld. Het taakvenster verwijdert ze: open het taakvenster.`,
  'attachment-zip-not-aes256': () =>
    'Het zip-bestand is niet (volledig) versleuteld met AES-256: minstens één bestand erin is leesbaar of zwakker versleuteld. Versleutel het formulier opnieuw in het taakvenster.',
  'attachment-zip-entry-name': () =>
    'Een bestand in het zip-bestand heeft geen neutrale naam. Namen in een zip worden niet versleuteld. Versleutel het formulier opnieuw in het taakvenster.',
  'attachment-zip-invalid': () =>
    'Het zip-bestand is beschadigd of bevat onversleutelde gegevens naast de versleutelde bestanden (bijvoorbeeld een opmerking). Versleutel het formulier opnieuw in het taakvenster.',
  'referral-marker-invalid': (p) =>
    `De kopregel ${p.header} die het taakvenster schreef is onleesbaar of gewijzigd. Open het taakvenster en doorloop de doorverwijzing opnieuw.`,
  'check-failed': () => 'De add-in kon deze doorverwijzing niet controleren en houdt ze daarom tegen. Open het taakvenster en probeer opnieuw.',
  'send-check-test': (p) =>
    `Testmail aan ${p.address}: de verzendcontrole van Veilige doorverwijzing werkt op dit toestel (versie ${p.version}, register ${p.registry}). Deze mail wordt niet verstuurd; verwijder hem.`,
};

export const problems: ProblemWords<SendProblemCode> = {
  'snapshot-field': (p) => `Gegevens van de mail, veld ${p.field}: moet ${p.expected.nl} zijn.`,
  'marker-header': (p) => `Kopregel ${p.header}: moet ${p.expected.nl} zijn.`,
};

/** What a mail's data (snapshot.ts) must hold, per field; the problem names the field, never the value. */

export const snapshotExpect = {
  location: 'null of {by, value} met by = postcode, municipality, nis of protocolId',
  recipients: 'een lijst van ontvangers',
  'recipients[].address': 'een adres (tekst)',
  'recipients[].field': 'to, cc of bcc',
  'recipients[].recipientType': 'user, externalUser, distributionList of other',
  consentConfirmed: 'true of false',
  attachments: 'een lijst van bijlagen',
  'attachments[].size': 'een geheel getal (bytes)',
  'attachments[].isOurEncryptedZip': 'true of false',
  'attachments[].sha256': '64 hexadecimale tekens',
  encryptedZipSha256: '64 hexadecimale tekens',
  unknownField: 'afwezig (onbekend veld)',
  fallback: 'een geldige waarde van het juiste type',
};

/** What each header the pane writes (marker.ts) must hold. */

export const markerExpect = {
  reference: 'een referentie zoals het taakvenster ze maakt (bv. KG-20261123-7K3M9Q)',
  protocolId: 'de id van een protocol uit het register',
  consent: '"confirmed"',
  attachmentSha256: '64 kleine hexadecimale tekens',
  addinVersion: 'een versie zoals 1.4.2 of 1.4.2-pilot',
  registry: '12 kleine hexadecimale tekens',
};

/**
 * The Smart Alert's own button, which opens the task pane (cancelLabel, Mailbox 1.14). Outlook
 * cuts it at 20 characters; without it Outlook shows a generic label that does not say where the
 * button leads.
 */

export const openTaskPane: string = 'Taakvenster openen';
/**
 * Added to a question (outcome 'prompt') on clients before Mailbox 1.14, where Outlook cannot offer
 * "Send Anyway": the Smart Alert then blocks, and its text must not ask the user to decide.
 */

export const promptNotOffered: string =
  'Deze versie van Outlook kan hier geen "Toch verzenden" aanbieden. Pas de ontvangers aan, verstuur een doorverwijzing via het taakvenster, of vraag uw IT-dienst om Outlook bij te werken.';
/**
 * Added on clients before Mailbox 1.14 when what Outlook cannot ask about includes a weak finding
 * in the text (a word of the client's name that is also a common word, the mail being too long
 * to check): the task pane can ask, and its "Toch verzenden" is remembered for this mail.
 */

export const acknowledgeInTaskPane: string =
  'Open het taakvenster en kies "Controleer de mail": zijn het geen gegevens van de cliënt, kies er dan "Toch verzenden" en verstuur opnieuw.';
