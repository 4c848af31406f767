// Words of the task pane's own chrome (titles, buttons, banners). Reasons to refuse come from
// the rules' message catalogue (src/domain/messages.ts) so the pane and the Send check say the
// same thing. Dutch (nl-BE) first; English when Outlook's display language is English.
import type { Lang } from '../domain';

type Words = {
  title: string;
  subtitle: string;
  previewTitle: string;
  previewBody: string;
  previewNoOffice: string;
  loading: string;
  officeTimeoutTitle: string;
  officeTimeoutBody: string;
  registryBrokenTitle: string;
  registryBrokenBody: string;
  helpOpen: string;
  helpClose: string;

  priorTitle: string;
  priorFound: (reference: string) => string;
  priorNoReference: string;
  priorBroken: string;
  priorRemove: string;
  priorRemoving: string;
  priorRemoved: string;
  priorRemoveFailed: string;
  priorKeep: string;
  priorKept: (reference: string) => string;
  priorFirst: string;

  stepLocation: string;
  locationLabel: string;
  locationHint: string;
  locationNoSuggestions: string;
  protocolCardTitle: string;
  cardSocialService: string;
  cardMailbox: string;
  cardLocalTeam: string;
  cardInForceFrom: string;
  cardProtocol: string;
  inForce: string;
  notInForce: string;
  flowClosed: string;

  stepRecipients: string;
  recipientsReading: string;
  recipientsReadFailed: string;
  recipientsNone: string;
  recipientOk: string;
  recipientRefused: string;
  fieldTo: string;
  fieldCc: string;
  fieldBcc: string;
  setRecipients: (mailbox: string) => string;
  setRecipientsBusy: string;
  setRecipientsFailed: string;
  confirmTitle: string;
  confirmBody: (mailbox: string) => string;
  confirmRemove: string;
  cancel: string;
  reread: string;
  recipientsFollowing: string;
  recipientsPolling: string;

  stepConsent: string;
  consentLabel: (socialService: string) => string;

  stepForm: string;
  formSourceLabel: string;
  sourceAttachment: string;
  sourcePaneForm: string;
  attachmentLabel: string;
  attachmentNone: string;
  attachmentsReadFailed: string;
  formLoading: string;
  formLoadFailed: string;
  formMake: string;
  formMaking: string;
  formReady: string;
  formEdit: string;
  formTransliterated: (fields: string) => string;
  formPdfFailed: string;
  formOrPhone: string;
  formOrEmail: string;
  formEditExplain: string;
  formRemake: string;

  stepEncrypt: string;
  encryptExplain: string;
  encryptButton: string;
  encryptBlocked: string;
  stageReading: string;
  stageEncrypting: string;
  stageAttaching: string;
  stageConfirming: string;
  stageRemoving: string;
  stageHeaders: string;
  retrying: string;
  encryptDone: (zipName: string) => string;
  originalRemoved: (name: string) => string;
  failureTitle: string;
  failureReadOriginal: string;
  failureTooLarge: string;
  failureEncrypt: string;
  failureAttach: string;
  failureConfirm: string;
  failureRemove: (name: string) => string;
  failureHeaders: string;
  mailSafe: string;
  retry: string;
  retryRemove: string;
  retryHeaders: string;

  stepPassword: string;
  passwordLabel: string;
  passwordGroup: (n: number) => string;
  spellingTitle: string;
  copy: string;
  copied: string;
  copyFailed: string;
  callService: (phone: string) => string;
  noPhone: (socialService: string) => string;
  smsLink: string;
  smsText: (reference: string, password: string) => string;
  readOut: string;
  passedOnLabel: string;
  passwordNeverStored: string;
  leaveWarning: string;

  stepMail: string;
  mailExplain: string;
  proposedSubject: string;
  proposedBody: string;
  useText: string;
  textWriting: string;
  textWritten: string;
  textFailed: string;
  headersWritten: string;

  stepCheck: string;
  checkExplain: string;
  checkButton: string;
  checkRunning: string;
  checkAllowed: string;
  checkRefused: string;
  checkFailed: string;
  checkMarkerMissing: string;

  helpTitle: string;
  helpIntro: string;
  helpStep1: string;
  helpStep2: string;
  helpStep3: string;
  helpReference: string;
  helpNoReference: string;
  helpDpoOpgroeien: string;
  helpDpoService: (socialService: string) => string;
  helpChooseMunicipality: string;
};

const nl: Words = {
  title: 'Veilige doorverwijzing',
  subtitle: 'Kind en Gezin → sociale dienst (OCMW), volgens het protocol',
  previewTitle: 'Voorbeeldmodus',
  previewBody: 'Dit taakvenster draait buiten Outlook, op een gesimuleerd bericht. Er wordt niets verstuurd en niets bewaard.',
  previewNoOffice: 'Office.js kon niet geladen worden; daarom de voorbeeldmodus.',
  loading: 'Het bericht wordt gelezen…',
  officeTimeoutTitle: 'Outlook antwoordt niet',
  officeTimeoutBody:
    'Outlook antwoordt niet op het taakvenster. Er is niets aan uw mail veranderd. Sluit het taakvenster en open het opnieuw; lukt het dan nog niet, herstart Outlook.',
  registryBrokenTitle: 'Het register van protocollen is onleesbaar',
  registryBrokenBody: 'Er kan niets verstuurd worden. Meld dit aan uw IT-beheerder.',
  helpOpen: 'Verkeerd verstuurd?',
  helpClose: 'Terug naar de doorverwijzing',

  priorTitle: 'Er staat al een doorverwijzing in deze mail',
  priorFound: (reference) =>
    `Deze mail bevat al een versleutelde doorverwijzing (referentie ${reference}). Het wachtwoord wordt nergens bewaard: heeft u het niet meer, verwijder dan de zip en begin opnieuw.`,
  priorNoReference: 'onleesbaar',
  priorBroken: 'Het zip-bestand en de kenmerken van die doorverwijzing horen niet meer bij elkaar; zo kan ze niet verstuurd worden.',
  priorRemove: 'Verwijder de zip en begin opnieuw',
  priorRemoving: 'De zip en de kenmerken worden uit de mail verwijderd…',
  priorRemoved: 'De oude zip en de kenmerken van de doorverwijzing zijn uit de mail verwijderd. U kunt opnieuw beginnen.',
  priorRemoveFailed: 'Verwijderen is niet helemaal gelukt. Probeer opnieuw, of verwijder het zip-bestand zelf in Outlook en open dan het taakvenster opnieuw.',
  priorKeep: 'Ik heb het wachtwoord nog: ga verder met deze zip',
  priorKept: (reference) =>
    `U gaat verder met de doorverwijzing die al in de mail staat (referentie ${reference}). Het taakvenster kan het wachtwoord niet meer tonen: geef het door zoals u het hebt, vóór u de mail verstuurt. Controleer daarna de mail hieronder.`,
  priorFirst: 'Beslis eerst bovenaan wat er gebeurt met de versleutelde doorverwijzing die al in de mail staat.',

  stepLocation: '1. Woonplaats van de cliënt',
  locationLabel: 'Postcode of gemeente van de cliënt',
  locationHint: 'Typ bijvoorbeeld 2550 of Kontich en kies uit de lijst.',
  locationNoSuggestions: 'Geen gemeente met een protocol gevonden',
  protocolCardTitle: 'Protocol',
  cardSocialService: 'Sociale dienst',
  cardMailbox: 'Geregistreerde mailbox',
  cardLocalTeam: 'Lokaal team',
  cardInForceFrom: 'In werking vanaf',
  cardProtocol: 'Protocol-id',
  inForce: 'In werking',
  notInForce: 'Niet in werking',
  flowClosed: 'Zolang er geen protocol in werking is, kan er niets versleuteld of verstuurd worden.',

  stepRecipients: '2. Ontvangers',
  recipientsReading: 'De ontvangers worden gelezen…',
  recipientsReadFailed: 'De ontvangers konden niet gelezen worden. Er is niets aan uw mail veranderd. Probeer opnieuw.',
  recipientsNone: 'Er staan nog geen ontvangers in de mail.',
  recipientOk: 'In orde',
  recipientRefused: 'Niet toegestaan',
  fieldTo: 'Aan',
  fieldCc: 'CC',
  fieldBcc: 'BCC',
  setRecipients: (mailbox) => `Zet Aan op ${mailbox}`,
  setRecipientsBusy: 'De ontvangers worden aangepast…',
  setRecipientsFailed: 'De ontvangers konden niet aangepast worden. Pas ze zelf aan in Outlook, of probeer opnieuw.',
  confirmTitle: 'Andere ontvangers verwijderen?',
  confirmBody: (mailbox) => `Aan wordt ${mailbox}. Deze ontvangers worden uit Aan, CC en BCC verwijderd:`,
  confirmRemove: 'Verwijderen en Aan instellen',
  cancel: 'Annuleren',
  reread: 'Ontvangers opnieuw lezen',
  recipientsFollowing: 'Wijzigingen die u in Outlook maakt, worden hier meteen gevolgd.',
  recipientsPolling: 'De ontvangers worden bij elke stap opnieuw gelezen.',

  stepConsent: '3. Toestemming',
  consentLabel: (service) =>
    `De cliënt werd geïnformeerd over deze doorverwijzing en stemt ermee in dat de voornaam, de achternaam en de contactgegevens (adres, telefoonnummer, e-mailadres) gedeeld worden met ${service}.`,

  stepForm: '4. Verwijsformulier',
  formSourceLabel: 'Welk formulier wilt u versturen?',
  sourceAttachment: 'Een bijlage van deze mail (het formulier dat u invulde)',
  sourcePaneForm: 'Het formulier hier invullen',
  attachmentLabel: 'Kies de bijlage',
  attachmentNone: 'Deze mail heeft geen bijlage die versleuteld kan worden. Voeg het formulier toe in Outlook of vul het hier in.',
  attachmentsReadFailed: 'De bijlagen konden niet gelezen worden. Probeer opnieuw.',
  formLoading: 'Het formulier wordt geladen…',
  formLoadFailed: 'Het formulier kon niet geladen worden. Sluit het taakvenster en open het opnieuw.',
  formMake: 'Maak het verwijsformulier (PDF)',
  formMaking: 'Het PDF-formulier wordt gemaakt…',
  formReady: 'Het PDF-formulier is klaar om te versleutelen. Het staat nog niet in de mail.',
  formEdit: 'Gegevens aanpassen',
  formTransliterated: (fields) =>
    `Let op: niet alle tekens kunnen in het PDF-formulier gedrukt worden. Controleer ${fields}: typ de naam zoals op het identiteitsbewijs in Latijnse letters staat, of aanvaard de aangepaste schrijfwijze.`,
  formPdfFailed: 'Het PDF-formulier kon niet gemaakt worden. Kort de langste velden in en probeer opnieuw.',
  formOrPhone: '(of telefoon)',
  formOrEmail: '(of e-mail)',
  formEditExplain: 'Wilt u iets wijzigen? Kies Gegevens aanpassen. Daarna moet u het PDF-formulier opnieuw maken.',
  formRemake: 'U past de gegevens aan: het vorige PDF-formulier is weggegooid. Maak het PDF-formulier opnieuw als u klaar bent.',

  stepEncrypt: '5. Versleutelen en vervangen',
  encryptExplain:
    'Het formulier wordt versleuteld (AES-256, opent met 7-Zip) en als zip-bestand aan de mail toegevoegd. Pas als het zip-bestand in de mail staat, wordt het onversleutelde origineel verwijderd.',
  encryptButton: 'Versleutel en vervang',
  encryptBlocked: 'Eerst in orde te brengen:',
  stageReading: 'Het formulier wordt gelezen…',
  stageEncrypting: 'Versleutelen…',
  stageAttaching: 'Het zip-bestand wordt toegevoegd…',
  stageConfirming: 'Nagaan of het zip-bestand in de mail staat…',
  stageRemoving: 'Het onversleutelde origineel wordt verwijderd…',
  stageHeaders: 'De kenmerken van de doorverwijzing worden in de mail gezet…',
  retrying: 'Outlook antwoordt traag; nieuwe poging…',
  encryptDone: (zip) => `Versleuteld en toegevoegd als ${zip}.`,
  originalRemoved: (name) => `Het onversleutelde origineel (${name}) is uit de mail verwijderd.`,
  failureTitle: 'Versleutelen is niet gelukt',
  failureReadOriginal: 'De bijlage kon niet gelezen worden.',
  failureTooLarge: 'Het formulier is te groot om als bijlage te versturen (meer dan 25 MB).',
  failureEncrypt: 'Het versleutelen is mislukt.',
  failureAttach: 'Het zip-bestand kon niet aan de mail toegevoegd worden.',
  failureConfirm:
    'Het is niet zeker of het zip-bestand in de mail staat. Kijk bij de bijlagen: staat er een doorverwijzing-….zip, verwijder die dan en probeer opnieuw.',
  failureRemove: (name) =>
    `Het versleutelde zip-bestand staat in de mail, maar het onversleutelde origineel (${name}) kon niet verwijderd worden. Verwijder het zelf in Outlook of probeer opnieuw. Zolang het er staat, houdt de controle de mail tegen.`,
  failureHeaders:
    'De kenmerken van de doorverwijzing (kopregels) konden niet in de mail gezet worden. Probeer opnieuw; zonder die kenmerken houdt de controle bij Verzenden de mail tegen.',
  mailSafe: 'Uw mail is veilig: het origineel staat er nog en er is niets onversleuteld toegevoegd. Probeer opnieuw; lukt het niet, sluit het taakvenster en open het opnieuw.',
  retry: 'Opnieuw proberen',
  retryRemove: 'Origineel opnieuw verwijderen',
  retryHeaders: 'Kenmerken opnieuw schrijven',

  stepPassword: '6. Wachtwoord doorgeven',
  passwordLabel: 'Wachtwoord',
  passwordGroup: (n) => `Groep ${n}`,
  spellingTitle: 'Spelalfabet',
  copy: 'Kopieer wachtwoord',
  copied: 'Gekopieerd. Plak het nooit in de mail.',
  copyFailed: 'Kopiëren lukte niet; lees het wachtwoord hierboven af.',
  callService: (phone) => `Bel de sociale dienst: ${phone}`,
  noPhone: (service) => `Het register heeft geen telefoonnummer van ${service}: bel het algemene nummer van de sociale dienst.`,
  smsLink: 'Stuur het wachtwoord per sms',
  smsText: (reference, password) => `Wachtwoord voor doorverwijzing ${reference} (Kind en Gezin): ${password}`,
  readOut:
    'Voorlezen: noem eerst de referentie, lees dan het wachtwoord groep per groep voor met het spelalfabet, en laat het herhalen. Het streepje tussen de groepen hoort bij het wachtwoord.',
  passedOnLabel: 'Ik heb het wachtwoord doorgegeven, of ik bel het door vóór ik de mail verstuur: daarna is het weg.',
  passwordNeverStored: 'Het wachtwoord wordt nergens bewaard: als u de mail verstuurt of het taakvenster sluit, is het weg.',
  leaveWarning: 'Het wachtwoord is nog niet doorgegeven en wordt nergens bewaard. Als u het taakvenster sluit, is het weg.',

  stepMail: '7. Onderwerp en tekst van de mail',
  mailExplain: 'Een neutrale tekst, zonder gegevens van de cliënt en zonder wachtwoord. Hij vervangt het onderwerp en de tekst van de mail.',
  proposedSubject: 'Onderwerp',
  proposedBody: 'Tekst',
  useText: 'Gebruik deze tekst',
  textWriting: 'Onderwerp en tekst worden ingevuld…',
  textWritten: 'Onderwerp en tekst zijn ingevuld.',
  textFailed: 'Onderwerp en tekst konden niet ingevuld worden. Probeer opnieuw, of neem ze zelf over in Outlook.',
  headersWritten: 'De kenmerken van de doorverwijzing (referentie, protocol, toestemming, vingerafdruk van het zip-bestand) staan in de mail.',

  stepCheck: '8. Controle',
  checkExplain: 'Controleer de mail zoals hij nu in Outlook staat, met dezelfde regels als bij Verzenden.',
  checkButton: 'Controleer de mail',
  checkRunning: 'De mail wordt gecontroleerd…',
  checkAllowed: 'De mail voldoet aan het protocol en mag verstuurd worden.',
  checkRefused: 'Deze mail mag zo niet verstuurd worden:',
  checkFailed: 'De mail kon niet gelezen worden om te controleren. Er is niets veranderd. Probeer opnieuw.',
  checkMarkerMissing: 'De kenmerken van de doorverwijzing ontbreken in de mail; bij Verzenden wordt hij tegengehouden. Schrijf de kenmerken opnieuw.',

  helpTitle: 'Verkeerd verstuurd?',
  helpIntro:
    'Ging een doorverwijzing naar een verkeerd adres, of met een onversleutelde bijlage? Dat is een gegevenslek (artikel 9 van het protocol). Handel meteen:',
  helpStep1: 'Meld het zonder uitstel aan beide functionarissen voor gegevensbescherming (DPO) hieronder.',
  helpStep2: 'Geef hen de referentie van de doorverwijzing, de datum en het adres waarnaar de mail ging. Zet geen gegevens van de cliënt in uw melding.',
  helpStep3: 'Vraag de verkeerde ontvanger de mail te verwijderen zonder de bijlage te openen, en geef het wachtwoord nooit aan die ontvanger.',
  helpReference: 'Referentie om door te geven',
  helpNoReference: 'Er is in dit taakvenster nog geen referentie gemaakt. Gebruik de referentie uit het onderwerp van de verstuurde mail (KG-…).',
  helpDpoOpgroeien: 'DPO van Opgroeien regie',
  helpDpoService: (service) => `DPO van ${service}`,
  helpChooseMunicipality: 'Kies eerst de woonplaats van de cliënt om de DPO-contacten van het juiste protocol te zien. Alle protocollen:',
};

const en: Words = {
  title: 'Secure referral',
  subtitle: 'Kind en Gezin → social service (OCMW), as the protocol requires',
  previewTitle: 'Preview mode',
  previewBody: 'This task pane runs outside Outlook, on a simulated message. Nothing is sent and nothing is stored.',
  previewNoOffice: 'Office.js could not be loaded; hence preview mode.',
  loading: 'Reading the message…',
  officeTimeoutTitle: 'Outlook does not answer',
  officeTimeoutBody:
    'Outlook does not answer the task pane. Nothing in your mail was changed. Close the task pane and open it again; if that does not help, restart Outlook.',
  registryBrokenTitle: 'The registry of protocols cannot be read',
  registryBrokenBody: 'Nothing can be sent. Report this to your IT administrator.',
  helpOpen: 'Sent to the wrong place?',
  helpClose: 'Back to the referral',

  priorTitle: 'This mail already holds a referral',
  priorFound: (reference) =>
    `This mail already holds an encrypted referral (reference ${reference}). The password is not stored anywhere: if you no longer have it, remove the zip and start again.`,
  priorNoReference: 'unreadable',
  priorBroken: "That referral's zip file and markers no longer belong together; it cannot be sent like this.",
  priorRemove: 'Remove the zip and start again',
  priorRemoving: 'Removing the zip and the markers from the mail…',
  priorRemoved: "The old zip and the referral's markers were removed from the mail. You can start again.",
  priorRemoveFailed: 'Removing did not fully work. Try again, or remove the zip file yourself in Outlook and then open the task pane again.',
  priorKeep: 'I still have the password: continue with this zip',
  priorKept: (reference) =>
    `You are continuing with the referral already in the mail (reference ${reference}). The task pane can no longer show the password: pass it on as you have it, before you send the mail. Then check the mail below.`,
  priorFirst: 'First decide, at the top, what happens to the encrypted referral already in the mail.',

  stepLocation: "1. Client's municipality",
  locationLabel: "Client's postcode or municipality",
  locationHint: 'Type for example 2550 or Kontich and choose from the list.',
  locationNoSuggestions: 'No municipality with a protocol found',
  protocolCardTitle: 'Protocol',
  cardSocialService: 'Social service',
  cardMailbox: 'Registered mailbox',
  cardLocalTeam: 'Local team',
  cardInForceFrom: 'In force from',
  cardProtocol: 'Protocol id',
  inForce: 'In force',
  notInForce: 'Not in force',
  flowClosed: 'As long as no protocol is in force, nothing can be encrypted or sent.',

  stepRecipients: '2. Recipients',
  recipientsReading: 'Reading the recipients…',
  recipientsReadFailed: 'The recipients could not be read. Nothing in your mail was changed. Try again.',
  recipientsNone: 'The mail has no recipients yet.',
  recipientOk: 'OK',
  recipientRefused: 'Not allowed',
  fieldTo: 'To',
  fieldCc: 'Cc',
  fieldBcc: 'Bcc',
  setRecipients: (mailbox) => `Set To to ${mailbox}`,
  setRecipientsBusy: 'Changing the recipients…',
  setRecipientsFailed: 'The recipients could not be changed. Change them yourself in Outlook, or try again.',
  confirmTitle: 'Remove the other recipients?',
  confirmBody: (mailbox) => `To becomes ${mailbox}. These recipients are removed from To, Cc and Bcc:`,
  confirmRemove: 'Remove and set To',
  cancel: 'Cancel',
  reread: 'Read the recipients again',
  recipientsFollowing: 'Changes you make in Outlook are followed here at once.',
  recipientsPolling: 'The recipients are read again at every step.',

  stepConsent: '3. Consent',
  consentLabel: (service) =>
    `The client was informed of this referral and agrees that their first name, last name and contact details (address, phone number, e-mail address) are shared with ${service}.`,

  stepForm: '4. Referral form',
  formSourceLabel: 'Which form do you want to send?',
  sourceAttachment: 'An attachment of this mail (the form you filled in)',
  sourcePaneForm: 'Fill in the form here',
  attachmentLabel: 'Choose the attachment',
  attachmentNone: 'This mail has no attachment that can be encrypted. Attach the form in Outlook or fill it in here.',
  attachmentsReadFailed: 'The attachments could not be read. Try again.',
  formLoading: 'Loading the form…',
  formLoadFailed: 'The form could not be loaded. Close the task pane and open it again.',
  formMake: 'Make the referral form (PDF)',
  formMaking: 'Making the PDF form…',
  formReady: 'The PDF form is ready to be encrypted. It is not in the mail yet.',
  formEdit: 'Change the details',
  formTransliterated: (fields) =>
    `Note: not every character can be printed in the PDF form. Check ${fields}: type the name as it appears in Latin letters on the identity document, or accept the adapted spelling.`,
  formPdfFailed: 'The PDF form could not be made. Shorten the longest fields and try again.',
  formOrPhone: '(or phone)',
  formOrEmail: '(or e-mail)',
  formEditExplain: 'Want to change something? Choose Change the details. You will then have to make the PDF form again.',
  formRemake: 'You are changing the details: the previous PDF form was discarded. Make the PDF form again when you are done.',

  stepEncrypt: '5. Encrypt and replace',
  encryptExplain:
    'The form is encrypted (AES-256, opens with 7-Zip) and added to the mail as a zip file. Only once the zip file is in the mail is the unencrypted original removed.',
  encryptButton: 'Encrypt and replace',
  encryptBlocked: 'To sort out first:',
  stageReading: 'Reading the form…',
  stageEncrypting: 'Encrypting…',
  stageAttaching: 'Adding the zip file…',
  stageConfirming: 'Checking that the zip file is in the mail…',
  stageRemoving: 'Removing the unencrypted original…',
  stageHeaders: "Writing the referral's markers into the mail…",
  retrying: 'Outlook is slow to answer; trying again…',
  encryptDone: (zip) => `Encrypted and attached as ${zip}.`,
  originalRemoved: (name) => `The unencrypted original (${name}) was removed from the mail.`,
  failureTitle: 'Encryption did not succeed',
  failureReadOriginal: 'The attachment could not be read.',
  failureTooLarge: 'The form is too large to send as an attachment (over 25 MB).',
  failureEncrypt: 'Encryption failed.',
  failureAttach: 'The zip file could not be added to the mail.',
  failureConfirm:
    'It is not certain that the zip file is in the mail. Look at the attachments: if there is a doorverwijzing-….zip, remove it and try again.',
  failureRemove: (name) =>
    `The encrypted zip file is in the mail, but the unencrypted original (${name}) could not be removed. Remove it yourself in Outlook or try again. While it is there, the check holds the mail back.`,
  failureHeaders:
    "The referral's markers (headers) could not be written into the mail. Try again; without them the check at Send holds the mail back.",
  mailSafe: 'Your mail is safe: the original is still there and nothing unencrypted was added. Try again; if it keeps failing, close the task pane and open it again.',
  retry: 'Try again',
  retryRemove: 'Remove the original again',
  retryHeaders: 'Write the markers again',

  stepPassword: '6. Pass on the password',
  passwordLabel: 'Password',
  passwordGroup: (n) => `Group ${n}`,
  spellingTitle: 'Spelling alphabet',
  copy: 'Copy password',
  copied: 'Copied. Never paste it into the mail.',
  copyFailed: 'Copying did not work; read the password above.',
  callService: (phone) => `Call the social service: ${phone}`,
  noPhone: (service) => `The registry has no phone number for ${service}: call the social service's general number.`,
  smsLink: 'Send the password by text message',
  smsText: (reference, password) => `Wachtwoord voor doorverwijzing ${reference} (Kind en Gezin): ${password}`,
  readOut:
    'Reading it out: first give the reference, then read the password group by group with the spelling alphabet, and have it repeated. The hyphen between the groups is part of the password.',
  passedOnLabel: 'I have passed on the password, or I will phone it through before I send the mail: after that it is gone.',
  passwordNeverStored: 'The password is not stored anywhere: once you send the mail or close the task pane, it is gone.',
  leaveWarning: 'The password has not been passed on yet and is not stored anywhere. If you close the task pane, it is gone.',

  stepMail: '7. Subject and text of the mail',
  mailExplain: 'A neutral text, without client data and without the password. It replaces the subject and the text of the mail.',
  proposedSubject: 'Subject',
  proposedBody: 'Text',
  useText: 'Use this text',
  textWriting: 'Filling in the subject and text…',
  textWritten: 'The subject and text were filled in.',
  textFailed: 'The subject and text could not be filled in. Try again, or copy them yourself in Outlook.',
  headersWritten: "The referral's markers (reference, protocol, consent, fingerprint of the zip file) are in the mail.",

  stepCheck: '8. Check',
  checkExplain: 'Check the mail as it is now in Outlook, with the same rules as at Send.',
  checkButton: 'Check the mail',
  checkRunning: 'Checking the mail…',
  checkAllowed: 'The mail meets the protocol and may be sent.',
  checkRefused: 'This mail may not be sent like this:',
  checkFailed: 'The mail could not be read for the check. Nothing was changed. Try again.',
  checkMarkerMissing: "The referral's markers are missing from the mail; at Send it will be held back. Write them again.",

  helpTitle: 'Sent to the wrong place?',
  helpIntro:
    'Did a referral go to a wrong address, or with an unencrypted attachment? That is a data leak (article 9 of the protocol). Act at once:',
  helpStep1: 'Report it without delay to both data protection officers (DPO) below.',
  helpStep2: "Give them the referral's reference, the date and the address the mail went to. Put no client data in your report.",
  helpStep3: 'Ask the wrong recipient to delete the mail without opening the attachment, and never give that recipient the password.',
  helpReference: 'Reference to give them',
  helpNoReference: 'No reference was made in this task pane yet. Use the reference in the subject of the mail that was sent (KG-…).',
  helpDpoOpgroeien: 'DPO of Opgroeien regie',
  helpDpoService: (service) => `DPO of ${service}`,
  helpChooseMunicipality: "Choose the client's municipality first to see the DPO contacts of the right protocol. All protocols:",
};

export const strings: Record<Lang, Words> = { nl, en };

export type Strings = Words;
