// The words of the later steps (2 to 8, the earlier referral, the help view), Dutch (nl-BE) and
// English. Imported only by those steps, so they load with them and not with the first screen.
import type { Lang } from '../../domain';

export type StepWords = {
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
  priorAppeared: (reference: string) => string;
  priorFirst: string;
  protocolCardTitle: string;
  cardSocialService: string;
  cardMailbox: string;
  cardLocalTeam: string;
  cardInForceFrom: string;
  cardProtocol: string;
  inForce: string;
  notInForce: string;
  flowClosed: string;
  didYouMean: (place: string) => string;
  noProtocolContact: string;
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
  clearCcBcc: string;
  todoRecipients: string;
  todoConsent: string;
  todoForm: string;
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
  attachmentChosen: (name: string) => string;
  attachmentsReadFailed: string;
  formLoading: string;
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
  stagePreparing: string;
  stageMakingRoom: string;
  stageRestoring: string;
  encryptOutFirstButton: string;
  missingTooLarge: string;
  missingHeld: string;
  failureMakeRoom: string;
  failureAttachTooLarge: string;
  originalPutBack: string;
  originalHeld: (name: string) => string;
  originalHeldUntilRemoved: (name: string) => string;
  restoreOriginal: string;
  restoringOriginal: string;
  restoreFailed: string;
  uncertainTitle: string;
  uncertainBody: string;
  recheck: string;
  unfinishedTitle: string;
  unfinishedOriginal: (name: string) => string;
  unfinishedHeaders: string;
  finishOriginal: string;
  finishHeaders: string;
  sizeOutFirst: (size: string) => string;
  sizeTooLargeForm: (size: string) => string;
  sizeTooLargeMail: (size: string) => string;
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
  mailSafe: string;
  retry: string;
  stepPassword: string;
  passwordLabel: string;
  /** The n-th word of the password, for a screen reader. */
  passwordWord: (n: number) => string;
  /** Above the password as one line: what is typed, copied and sent by SMS. */
  passwordTypedLabel: string;
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
  stepMail: string;
  mailExplain: string;
  proposedSubject: string;
  proposedBody: string;
  useText: string;
  textWriting: string;
  textWritten: string;
  textFailed: string;
  inlineFound: (names: string) => string;
  inlineRemove: string;
  inlineConfirmTitle: string;
  inlineConfirmBody: string;
  inlineConfirm: string;
  inlineRemoving: string;
  inlineRemoved: string;
  inlineFailed: string;
  headersWritten: string;
  leftoverFound: (names: string) => string;
  leftoverRemove: string;
  leftoverRemoving: string;
  leftoverConfirmTitle: string;
  leftoverConfirmBody: string;
  leftoverConfirmEncrypt: string;
  leftoverConfirmOnly: string;
  leftoverFailed: string;
  checkLeftoverTitle: string;
  checkRemoveAttachment: (name: string) => string;
  stepCheck: string;
  checkExplain: string;
  checkButton: string;
  checkRunning: string;
  checkAllowed: string;
  checkReady: string;
  checkTodoTitle: string;
  todoPassOn: string;
  todoMailText: string;
  checkRefused: string;
  checkFailed: string;
  checkMarkerMissing: string;
  checkAsks: string;
  checkAcknowledge: string;
  checkAcknowledgeExplain: string;
  checkAcknowledgeFailed: string;
  tracesUnsupported: string;
  tracesFailed: string;
  tracesRetry: string;
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
  helpReportTitle: string;
  helpReportExplain: string;
  helpFieldReference: string;
  helpFieldReferenceHint: string;
  helpFieldDate: string;
  helpFieldSentTo: string;
  helpReportButton: (socialService: string) => string;
  helpReportOpening: string;
  helpReportOpened: string;
  helpReportFailed: string;
  helpReportUnsupported: string;
  helpInvalidReference: string;
  helpInvalidDate: string;
  helpInvalidAddress: string;
  aboutTitle: string;
  aboutVersion: string;
  aboutRegistry: (digest: string, protocols: number) => string;
  aboutHelpdesk: string;
  aboutHelpdeskUnset: string;
};

const nl: StepWords = {
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
  priorAppeared: (reference) =>
    `Outlook meldde een fout bij het toevoegen, maar het zip-bestand staat toch in de mail (referentie ${reference}). Het wachtwoord ervan werd nooit getoond: verwijder de zip en begin opnieuw.`,
  priorKept: (reference) =>
    `U gaat verder met de doorverwijzing die al in de mail staat (referentie ${reference}). Het taakvenster kan het wachtwoord niet meer tonen: geef het door zoals u het hebt, vóór u de mail verstuurt. Controleer daarna de mail hieronder.`,
  priorFirst: 'Beslis eerst bovenaan wat er gebeurt met de versleutelde doorverwijzing die al in de mail staat.',
  protocolCardTitle: 'Protocol',
  cardSocialService: 'Sociale dienst',
  cardMailbox: 'Geregistreerde mailbox',
  cardLocalTeam: 'Lokaal team',
  cardInForceFrom: 'In werking vanaf',
  cardProtocol: 'Protocol-id',
  inForce: 'In werking',
  notInForce: 'Niet in werking',
  flowClosed: 'Zolang er geen protocol in werking is, kan er niets versleuteld of verstuurd worden.',
  didYouMean: (place) => `Bedoelt u ${place}?`,
  noProtocolContact:
    'Kijk na of u de postcode of gemeente van de cliënt typte. Is er met het OCMW van die gemeente echt geen protocol, dan kunt u niet via de add-in doorverwijzen: vraag uw teamverantwoordelijke hoe u de cliënt verder helpt, en de ICT-dienst of er een protocol op komst is.',
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
  clearCcBcc: 'Maak CC en BCC leeg',
  todoRecipients: 'Stap 2: zet de ontvangers in orde.',
  todoConsent: 'Stap 3: vink de toestemming aan.',
  todoForm: 'Stap 4: kies of maak het formulier.',
  setRecipientsFailed: 'De ontvangers konden niet aangepast worden. Pas ze zelf aan in Outlook, of probeer opnieuw.',
  confirmTitle: 'Andere ontvangers verwijderen?',
  confirmBody: (mailbox) => `Aan wordt ${mailbox}. Deze ontvangers worden uit Aan, CC en BCC verwijderd:`,
  confirmRemove: 'Verwijderen en Aan instellen',
  cancel: 'Annuleren',
  reread: 'Ontvangers opnieuw lezen',
  recipientsFollowing: 'Wijzigingen die u in Outlook maakt, worden hier meteen gevolgd.',
  recipientsPolling: 'De ontvangers worden bij elke stap opnieuw gelezen.',
  stepConsent: '3. Toestemming',
  consentLabel: (service) => `De cliënt is op de hoogte en stemt in: naam en contactgegevens gaan naar ${service}.`,
  stepForm: '4. Verwijsformulier',
  formSourceLabel: 'Welk formulier wilt u versturen?',
  sourceAttachment: 'Een bijlage van deze mail (het formulier dat u invulde)',
  sourcePaneForm: 'Het formulier hier invullen',
  attachmentLabel: 'Kies de bijlage',
  attachmentChosen: (name) => `Gekozen formulier: ${name}`,
  attachmentNone: 'Deze mail heeft geen bijlage die versleuteld kan worden. Voeg het formulier toe in Outlook of vul het hier in.',
  attachmentsReadFailed: 'De bijlagen konden niet gelezen worden. Probeer opnieuw.',
  formLoading: 'Het formulier wordt geladen…',
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
  stagePreparing: 'De ontvangers worden nagekeken…',
  stageMakingRoom: 'Het origineel wordt uit de mail gehaald; het taakvenster houdt het bij tot het zip-bestand erin staat…',
  stageRestoring: 'Het origineel wordt teruggezet in de mail…',
  encryptOutFirstButton: 'Versleutel en vervang (origineel eerst eruit)',
  missingTooLarge: 'Het formulier past niet in de mail (zie stap 4).',
  missingHeld: 'Zet eerst het origineel terug in de mail (hieronder).',
  failureMakeRoom: 'Het origineel kon niet uit de mail gehaald worden om plaats te maken voor het zip-bestand.',
  failureAttachTooLarge: 'Outlook vond het zip-bestand te groot voor deze mail.',
  originalPutBack:
    'Uw mail is veilig: het origineel staat weer in de mail en er is niets toegevoegd. Probeer opnieuw; lukt het niet, sluit het taakvenster en open het opnieuw.',
  originalHeld: (name) =>
    `Het origineel (${name}) staat nu niet in de mail: het taakvenster houdt het bij zolang het open is. Zet het terug in de mail voor u iets anders doet.`,
  originalHeldUntilRemoved: (name) =>
    `Het origineel (${name}) staat nu niet in de mail; het taakvenster zet het terug zodra het zip-bestand hierboven verwijderd is. Sluit het taakvenster niet.`,
  restoreOriginal: 'Zet het origineel terug',
  restoringOriginal: 'Het origineel wordt teruggezet…',
  restoreFailed: 'Terugzetten is niet gelukt. Probeer opnieuw, en sluit het taakvenster niet: het origineel staat alleen nog hier.',
  uncertainTitle: 'Het is niet zeker of het zip-bestand in de mail staat',
  uncertainBody:
    'Outlook meldde een fout bij het toevoegen, en de mail kon daarna niet gelezen worden. Het taakvenster voegt niets meer toe tot het weet wat er in de mail staat. Kijk opnieuw na zodra Outlook weer antwoordt.',
  recheck: 'Kijk opnieuw na',
  unfinishedTitle: 'Nog niet klaar: de mail is nog niet veilig',
  unfinishedOriginal: (name) =>
    `Het versleutelde zip-bestand staat in de mail, maar het onversleutelde origineel (${name}) ook nog. Zo mag de mail niet weg; het wachtwoord krijgt u pas te zien als het origineel eruit is. Lukt verwijderen niet, verwijder het dan zelf in Outlook en klik opnieuw.`,
  unfinishedHeaders:
    'Het versleutelde zip-bestand staat in de mail, maar de kenmerken van de doorverwijzing (kopregels) ontbreken nog: zonder die kenmerken houdt de controle bij Verzenden de mail tegen. Het wachtwoord krijgt u te zien als ze erin staan.',
  finishOriginal: 'Verwijder het origineel',
  finishHeaders: 'Schrijf de kenmerken',
  sizeOutFirst: (size) =>
    `Dit formulier is ${size}. Het zip-bestand wordt even groot, en samen passen ze niet in de mail (ten hoogste 25 MB aan bijlagen). Daarom haalt het taakvenster eerst het origineel uit de mail en houdt het bij tot het zip-bestand erin staat. Lukt het toevoegen niet, dan zet het het origineel terug.`,
  sizeTooLargeForm: (size) =>
    `Dit formulier is ${size}: versleuteld is het te groot om mee te sturen (een mail neemt ten hoogste 25 MB aan bijlagen). Verklein het, bijvoorbeeld een scan met een lagere resolutie, of vul het formulier hier in.`,
  sizeTooLargeMail: (size) =>
    `De andere bijlagen van deze mail zijn samen al ${size}: het zip-bestand past er niet meer bij (ten hoogste 25 MB aan bijlagen). Verwijder eerst de bijlagen die niet bij de doorverwijzing horen.`,
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
  mailSafe:
    'Uw mail is veilig: het origineel staat er nog en er is niets onversleuteld toegevoegd. Probeer opnieuw; lukt het niet, sluit het taakvenster en open het opnieuw.',
  retry: 'Opnieuw proberen',
  stepPassword: '6. Wachtwoord doorgeven',
  passwordLabel: 'Wachtwoord',
  passwordWord: (n) => `Woord ${n}`,
  passwordTypedLabel: 'Zo typt de sociale dienst het in 7-Zip (kleine letters, een streepje tussen de woorden, geen spaties):',
  copy: 'Kopieer wachtwoord',
  copied: 'Gekopieerd. Plak het nooit in de mail.',
  copyFailed: 'Kopiëren lukte niet; lees het wachtwoord hierboven af.',
  callService: (phone) => `Bel de sociale dienst: ${phone}`,
  noPhone: (service) =>
    `De add-in kent geen telefoonnummer van ${service}. Zoek het nummer op de website van de gemeente of bel uw vaste contactpersoon daar; of stuur het wachtwoord per sms (hieronder).`,
  smsLink: 'Stuur het wachtwoord per sms',
  smsText: (reference, password) => `Wachtwoord voor doorverwijzing ${reference} (Kind en Gezin): ${password}`,
  readOut:
    'Voorlezen: noem eerst de referentie, lees dan de woorden één voor één voor, in deze volgorde, en zeg erbij dat ze met een streepje ertussen getypt worden, in kleine letters. Laat ze herhalen.',
  passedOnLabel: 'Ik heb het wachtwoord doorgegeven, of ik bel het door vóór ik de mail verstuur: daarna is het weg.',
  passwordNeverStored: 'Het wachtwoord wordt nergens bewaard: als u de mail verstuurt of het taakvenster sluit, is het weg.',
  stepMail: '7. Onderwerp en tekst van de mail',
  mailExplain:
    'Een neutrale tekst, zonder gegevens van de cliënt en zonder wachtwoord. Hij vervangt het onderwerp en wat u in de mail schreef; uw eigen handtekening (naam, telefoonnummer) blijft eronder staan, zodat het OCMW weet wie het kan terugbellen.',
  proposedSubject: 'Onderwerp',
  proposedBody: 'Tekst',
  useText: 'Gebruik deze tekst',
  textWriting: 'Onderwerp en tekst worden ingevuld…',
  textWritten: 'Onderwerp en tekst zijn ingevuld.',
  inlineFound: (names) =>
    `In de tekst van de mail staan afbeeldingen (bijvoorbeeld een logo in uw handtekening of een geplakte schermafdruk): ${names}. Ze worden niet versleuteld en gaan mee met de mail. Zo mag de mail niet weg.`,
  inlineRemove: 'Verwijder de afbeeldingen',
  inlineConfirmTitle: 'Afbeeldingen uit de mail verwijderen?',
  inlineConfirmBody: 'Deze afbeeldingen worden uit de mail verwijderd. De rest van de mail blijft zoals hij is.',
  inlineConfirm: 'Verwijderen',
  inlineRemoving: 'De afbeeldingen worden verwijderd…',
  inlineRemoved: 'De afbeeldingen zijn uit de mail verwijderd.',
  inlineFailed: 'Niet alle afbeeldingen konden verwijderd worden. Probeer opnieuw, of verwijder ze zelf in Outlook.',
  textFailed: 'Onderwerp en tekst konden niet ingevuld worden. Probeer opnieuw, of neem ze zelf over in Outlook.',
  headersWritten: 'De kenmerken van de doorverwijzing (referentie, protocol, toestemming, vingerafdruk van het zip-bestand) staan in de mail.',
  leftoverFound: (names) =>
    `Deze bijlagen staan onversleuteld in de mail: ${names}. Alleen het versleutelde zip-bestand mag mee. Verwijder ze vóór u versleutelt.`,
  leftoverRemove: 'Verwijder deze bijlagen',
  leftoverRemoving: 'De bijlagen worden verwijderd…',
  leftoverConfirmTitle: 'Onversleutelde bijlagen verwijderen?',
  leftoverConfirmBody: 'Deze bijlagen zijn niet versleuteld en mogen niet mee met de doorverwijzing. Ze worden uit de mail verwijderd:',
  leftoverConfirmEncrypt: 'Verwijderen en versleutelen',
  leftoverConfirmOnly: 'Verwijderen',
  leftoverFailed: 'Niet alle bijlagen konden verwijderd worden. Probeer opnieuw, of verwijder ze zelf in Outlook.',
  checkLeftoverTitle: 'Onversleuteld in de mail:',
  checkRemoveAttachment: (name) => `Verwijder ${name}`,
  stepCheck: '8. Controle',
  checkExplain: 'Controleer de mail zoals hij nu in Outlook staat, met dezelfde regels als bij Verzenden.',
  checkButton: 'Controleer de mail',
  checkRunning: 'De mail wordt gecontroleerd…',
  checkAllowed: 'De mail voldoet aan het protocol.',
  checkReady: 'Klaar — klik nu in Outlook op Verzenden.',
  checkTodoTitle: 'Nog te doen vóór u op Verzenden klikt:',
  todoPassOn: 'Stap 6: vink aan dat u het wachtwoord doorgaf.',
  todoMailText: 'Stap 7: zet de neutrale tekst in de mail.',
  checkRefused: 'Deze mail mag zo niet verstuurd worden:',
  checkFailed: 'De mail kon niet gelezen worden om te controleren. Er is niets veranderd. Probeer opnieuw.',
  checkAsks: 'De controle vraagt u iets over deze mail:',
  checkAcknowledge: 'Toch verzenden',
  checkAcknowledgeExplain:
    'Zijn dit geen gegevens van de cliënt? Kies dan "Toch verzenden". De add-in onthoudt voor deze mail welke vragen u beantwoordde (nooit de woorden zelf), ook bij Verzenden in een versie van Outlook die zelf niets kan vragen. Verandert u daarna de tekst zo dat er een nieuwe vraag bij komt, dan vraagt hij het opnieuw.',
  checkAcknowledgeFailed: 'Uw keuze kon niet in de mail bewaard worden. Er is niets veranderd. Probeer opnieuw.',
  tracesUnsupported:
    'Uw versie van Outlook kan niet doorgeven wat het taakvenster over de cliënt weet (uit het formulier of de naam van het bestand) aan de controle bij Verzenden. Deze controle hier kijkt het wel na: controleer de mail hier vlak voor u verstuurt, en verander daarna niets meer aan het onderwerp of de tekst.',
  tracesFailed:
    'Wat het taakvenster over de cliënt weet (uit het formulier of de naam van het bestand) kon niet klaargezet worden voor de controle bij Verzenden. Probeer opnieuw. Lukt het niet, controleer de mail dan hier vlak voor u verstuurt, en verander daarna niets meer aan het onderwerp of de tekst.',
  tracesRetry: 'Probeer opnieuw',
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
  helpReportTitle: "Meld het aan beide DPO's",
  helpReportExplain:
    "Het taakvenster opent een nieuwe mail aan beide DPO's, met de referentie, het protocol, de datum en het adres. Kijk hem na en verstuur hem. Zet er geen gegevens van de cliënt in.",
  helpFieldReference: 'Referentie van de doorverwijzing',
  helpFieldReferenceHint: 'Zoals KG-20260310-7K3M9Q: ze staat in het onderwerp van de verstuurde mail.',
  helpFieldDate: 'Verstuurd op',
  helpFieldSentTo: 'Verstuurd naar (e-mailadres)',
  helpReportButton: (service) => `Open de melding aan de DPO's (${service})`,
  helpReportOpening: 'De nieuwe mail wordt geopend…',
  helpReportOpened: 'De melding staat klaar in een nieuwe mail in Outlook. Kijk hem na en verstuur hem.',
  helpReportFailed: "Outlook kon geen nieuwe mail openen. Probeer opnieuw, of schrijf de DPO's zelf met de gegevens hierboven.",
  helpReportUnsupported:
    "Uw versie van Outlook kan vanuit het taakvenster geen nieuwe mail openen. Schrijf zelf een mail aan beide DPO's hierboven, met de referentie, het protocol, de datum en het adres.",
  helpInvalidReference: 'Een referentie ziet eruit als KG-20260310-7K3M9Q. Laat het veld leeg als u ze niet kent.',
  helpInvalidDate: 'Kies de datum waarop de mail verstuurd werd.',
  helpInvalidAddress: 'Dit is geen e-mailadres. Laat het veld leeg als u het niet kent.',
  aboutTitle: 'Over deze add-in',
  aboutVersion: 'Versie',
  aboutRegistry: (digest, n) => `Register ${digest} (${n} ${n === 1 ? 'protocol' : 'protocollen'})`,
  aboutHelpdesk: 'Hulp bij de add-in',
  aboutHelpdeskUnset: 'Neem contact op met de ICT-dienst van uw organisatie.',
  helpChooseMunicipality: 'Kies eerst de woonplaats van de cliënt om de DPO-contacten van het juiste protocol te zien. Alle protocollen:',
};

const en: StepWords = {
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
  priorAppeared: (reference) =>
    `Outlook reported an error while adding, but the zip file is in the mail after all (reference ${reference}). Its password was never shown: remove the zip and start again.`,
  priorKept: (reference) =>
    `You are continuing with the referral already in the mail (reference ${reference}). The task pane can no longer show the password: pass it on as you have it, before you send the mail. Then check the mail below.`,
  priorFirst: 'First decide, at the top, what happens to the encrypted referral already in the mail.',
  protocolCardTitle: 'Protocol',
  cardSocialService: 'Social service',
  cardMailbox: 'Registered mailbox',
  cardLocalTeam: 'Local team',
  cardInForceFrom: 'In force from',
  cardProtocol: 'Protocol id',
  inForce: 'In force',
  notInForce: 'Not in force',
  flowClosed: 'As long as no protocol is in force, nothing can be encrypted or sent.',
  didYouMean: (place) => `Did you mean ${place}?`,
  noProtocolContact:
    "Check that you typed the client's postcode or municipality. If there really is no protocol with that municipality's social service, you cannot refer through the add-in: ask your team lead how to help the client further, and the IT department whether a protocol is on its way.",
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
  clearCcBcc: 'Empty Cc and Bcc',
  todoRecipients: 'Step 2: put the recipients right.',
  todoConsent: 'Step 3: tick the consent.',
  todoForm: 'Step 4: choose or make the form.',
  setRecipientsFailed: 'The recipients could not be changed. Change them yourself in Outlook, or try again.',
  confirmTitle: 'Remove the other recipients?',
  confirmBody: (mailbox) => `To becomes ${mailbox}. These recipients are removed from To, Cc and Bcc:`,
  confirmRemove: 'Remove and set To',
  cancel: 'Cancel',
  reread: 'Read the recipients again',
  recipientsFollowing: 'Changes you make in Outlook are followed here at once.',
  recipientsPolling: 'The recipients are read again at every step.',
  stepConsent: '3. Consent',
  consentLabel: (service) => `The client knows and agrees: name and contact details go to ${service}.`,
  stepForm: '4. Referral form',
  formSourceLabel: 'Which form do you want to send?',
  sourceAttachment: 'An attachment of this mail (the form you filled in)',
  sourcePaneForm: 'Fill in the form here',
  attachmentLabel: 'Choose the attachment',
  attachmentChosen: (name) => `Chosen form: ${name}`,
  attachmentNone: 'This mail has no attachment that can be encrypted. Attach the form in Outlook or fill it in here.',
  attachmentsReadFailed: 'The attachments could not be read. Try again.',
  formLoading: 'Loading the form…',
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
  stagePreparing: 'Checking the recipients…',
  stageMakingRoom: 'Taking the original out of the mail; the task pane keeps it until the zip file is in…',
  stageRestoring: 'Putting the original back in the mail…',
  encryptOutFirstButton: 'Encrypt and replace (original out first)',
  missingTooLarge: 'The form does not fit in the mail (see step 4).',
  missingHeld: 'First put the original back in the mail (below).',
  failureMakeRoom: 'The original could not be taken out of the mail to make room for the zip file.',
  failureAttachTooLarge: 'Outlook found the zip file too large for this mail.',
  originalPutBack:
    'Your mail is safe: the original is back in the mail and nothing was added. Try again; if it keeps failing, close the task pane and open it again.',
  originalHeld: (name) =>
    `The original (${name}) is not in the mail now: the task pane keeps it as long as it is open. Put it back in the mail before you do anything else.`,
  originalHeldUntilRemoved: (name) =>
    `The original (${name}) is not in the mail now; the task pane puts it back as soon as the zip file above is removed. Do not close the task pane.`,
  restoreOriginal: 'Put the original back',
  restoringOriginal: 'Putting the original back…',
  restoreFailed: 'Putting it back did not work. Try again, and do not close the task pane: the original is only here now.',
  uncertainTitle: 'It is not certain whether the zip file is in the mail',
  uncertainBody:
    'Outlook reported an error while adding, and the mail could not be read afterwards. The task pane adds nothing more until it knows what is in the mail. Check again as soon as Outlook answers.',
  recheck: 'Check again',
  unfinishedTitle: 'Not done yet: the mail is not safe yet',
  unfinishedOriginal: (name) =>
    `The encrypted zip file is in the mail, but the unencrypted original (${name}) is still there too. The mail may not go like this; you will see the password once the original is out. If removing does not work, remove it yourself in Outlook and click again.`,
  unfinishedHeaders:
    "The encrypted zip file is in the mail, but the referral's markers (headers) are still missing: without them the check at Send holds the mail back. You will see the password once they are in.",
  finishOriginal: 'Remove the original',
  finishHeaders: 'Write the markers',
  sizeOutFirst: (size) =>
    `This form is ${size}. The zip file will be as large, and together they do not fit in the mail (at most 25 MB of attachments). So the task pane first takes the original out of the mail and keeps it until the zip file is in. If adding fails, it puts the original back.`,
  sizeTooLargeForm: (size) =>
    `This form is ${size}: encrypted, it is too large to send (a mail takes at most 25 MB of attachments). Make it smaller, for example a scan at a lower resolution, or fill in the form here.`,
  sizeTooLargeMail: (size) =>
    `The other attachments of this mail already add up to ${size}: the zip file no longer fits (at most 25 MB of attachments). First remove the attachments that are not part of the referral.`,
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
  mailSafe:
    'Your mail is safe: the original is still there and nothing unencrypted was added. Try again; if it keeps failing, close the task pane and open it again.',
  retry: 'Try again',
  stepPassword: '6. Pass on the password',
  passwordLabel: 'Password',
  passwordWord: (n) => `Word ${n}`,
  passwordTypedLabel: 'This is how the social service types it into 7-Zip (lower case, a hyphen between the words, no spaces):',
  copy: 'Copy password',
  copied: 'Copied. Never paste it into the mail.',
  copyFailed: 'Copying did not work; read the password above.',
  callService: (phone) => `Call the social service: ${phone}`,
  noPhone: (service) =>
    `The add-in has no phone number for ${service}. Look the number up on the municipality's website or call your usual contact there; or send the password by text message (below).`,
  smsLink: 'Send the password by text message',
  smsText: (reference, password) => `Wachtwoord voor doorverwijzing ${reference} (Kind en Gezin): ${password}`,
  readOut:
    'Reading it out: first give the reference, then read the words one by one, in this order, and say that they are typed with a hyphen between them, in lower case. Have them repeated.',
  passedOnLabel: 'I have passed on the password, or I will phone it through before I send the mail: after that it is gone.',
  passwordNeverStored: 'The password is not stored anywhere: once you send the mail or close the task pane, it is gone.',
  stepMail: '7. Subject and text of the mail',
  mailExplain:
    'A neutral text, without client data and without the password. It replaces the subject and what you wrote in the mail; your own signature (name, phone number) stays under it, so the social service knows whom to call back.',
  proposedSubject: 'Subject',
  proposedBody: 'Text',
  useText: 'Use this text',
  textWriting: 'Filling in the subject and text…',
  textWritten: 'The subject and text were filled in.',
  inlineFound: (names) =>
    `The text of the mail holds images (for example a logo in your signature or a pasted screenshot): ${names}. They are not encrypted and travel with the mail. The mail may not go like this.`,
  inlineRemove: 'Remove the images',
  inlineConfirmTitle: 'Remove the images from the mail?',
  inlineConfirmBody: 'These images will be removed from the mail. The rest of the mail stays as it is.',
  inlineConfirm: 'Remove',
  inlineRemoving: 'Removing the images…',
  inlineRemoved: 'The images were removed from the mail.',
  inlineFailed: 'Not all images could be removed. Try again, or remove them yourself in Outlook.',
  textFailed: 'The subject and text could not be filled in. Try again, or copy them yourself in Outlook.',
  headersWritten: "The referral's markers (reference, protocol, consent, fingerprint of the zip file) are in the mail.",
  leftoverFound: (names) => `These attachments are in the mail unencrypted: ${names}. Only the encrypted zip file may be sent. Remove them before you encrypt.`,
  leftoverRemove: 'Remove these attachments',
  leftoverRemoving: 'Removing the attachments…',
  leftoverConfirmTitle: 'Remove unencrypted attachments?',
  leftoverConfirmBody: 'These attachments are not encrypted and may not be sent with the referral. They will be removed from the mail:',
  leftoverConfirmEncrypt: 'Remove and encrypt',
  leftoverConfirmOnly: 'Remove',
  leftoverFailed: 'Not all attachments could be removed. Try again, or remove them yourself in Outlook.',
  checkLeftoverTitle: 'Unencrypted in the mail:',
  checkRemoveAttachment: (name) => `Remove ${name}`,
  stepCheck: '8. Check',
  checkExplain: 'Check the mail as it is now in Outlook, with the same rules as at Send.',
  checkButton: 'Check the mail',
  checkRunning: 'Checking the mail…',
  checkAllowed: 'The mail meets the protocol.',
  checkReady: 'Done — now click Send in Outlook.',
  checkTodoTitle: 'Still to do before you click Send:',
  todoPassOn: 'Step 6: tick that you passed the password on.',
  todoMailText: 'Step 7: put the neutral text in the mail.',
  checkRefused: 'This mail may not be sent like this:',
  checkFailed: 'The mail could not be read for the check. Nothing was changed. Try again.',
  checkAsks: 'The check asks you about this mail:',
  checkAcknowledge: 'Send anyway',
  checkAcknowledgeExplain:
    'Is this no client data? Then choose "Send anyway". The add-in remembers for this mail which questions you answered (never the words themselves), also at Send in a version of Outlook that cannot ask by itself. If you then change the text so that a new question arises, it asks again.',
  checkAcknowledgeFailed: 'Your choice could not be stored in the mail. Nothing was changed. Try again.',
  tracesUnsupported:
    'Your version of Outlook cannot pass what the task pane knows about the client (from the form or the file name) on to the check at Send. This check here does look for it: check the mail here just before you send it, and change nothing in the subject or text after that.',
  tracesFailed:
    'What the task pane knows about the client (from the form or the file name) could not be made ready for the check at Send. Try again. If it keeps failing, check the mail here just before you send it, and change nothing in the subject or text after that.',
  tracesRetry: 'Try again',
  checkMarkerMissing: "The referral's markers are missing from the mail; at Send it will be held back. Write them again.",
  helpTitle: 'Sent to the wrong place?',
  helpIntro: 'Did a referral go to a wrong address, or with an unencrypted attachment? That is a data leak (article 9 of the protocol). Act at once:',
  helpStep1: 'Report it without delay to both data protection officers (DPO) below.',
  helpStep2: "Give them the referral's reference, the date and the address the mail went to. Put no client data in your report.",
  helpStep3: 'Ask the wrong recipient to delete the mail without opening the attachment, and never give that recipient the password.',
  helpReference: 'Reference to give them',
  helpNoReference: 'No reference was made in this task pane yet. Use the reference in the subject of the mail that was sent (KG-…).',
  helpDpoOpgroeien: 'DPO of Opgroeien regie',
  helpDpoService: (service) => `DPO of ${service}`,
  helpReportTitle: 'Report it to both DPOs',
  helpReportExplain:
    'The task pane opens a new mail to both DPOs, with the reference, the protocol, the date and the address. Check it and send it. Put no client data in it.',
  helpFieldReference: 'Reference of the referral',
  helpFieldReferenceHint: 'Like KG-20260310-7K3M9Q: it is in the subject of the mail that was sent.',
  helpFieldDate: 'Sent on',
  helpFieldSentTo: 'Sent to (e-mail address)',
  helpReportButton: (service) => `Open the report to the DPOs (${service})`,
  helpReportOpening: 'Opening the new mail…',
  helpReportOpened: 'The report is ready in a new mail in Outlook. Check it and send it.',
  helpReportFailed: 'Outlook could not open a new mail. Try again, or write to the DPOs yourself with the details above.',
  helpReportUnsupported:
    'Your version of Outlook cannot open a new mail from the task pane. Write a mail yourself to both DPOs above, with the reference, the protocol, the date and the address.',
  helpInvalidReference: 'A reference looks like KG-20260310-7K3M9Q. Leave the field empty if you do not know it.',
  helpInvalidDate: 'Choose the date the mail was sent.',
  helpInvalidAddress: 'This is not an e-mail address. Leave the field empty if you do not know it.',
  aboutTitle: 'About this add-in',
  aboutVersion: 'Version',
  aboutRegistry: (digest, n) => `Registry ${digest} (${n} ${n === 1 ? 'protocol' : 'protocols'})`,
  aboutHelpdesk: 'Help with the add-in',
  aboutHelpdeskUnset: "Contact your organisation's IT helpdesk.",
  helpChooseMunicipality: "Choose the client's municipality first to see the DPO contacts of the right protocol. All protocols:",
};

export const stepWords: Record<Lang, StepWords> = { nl, en };
