// The words of the task pane's first screen (title, banners, step 1, the help toggle) in Dutch
// (nl-BE). The later steps' words load with them (paneSteps.ts), so the first screen's JavaScript
// carries only these. Reasons to refuse come from send.ts, so the pane and the Send check say the
// same thing.

export type StartWords = {
  title: string;
  subtitle: string;
  previewTitle: string;
  previewBody: string;
  previewNoOffice: string;
  loading: string;
  /** The rules for the steps after the municipality are still arriving (their own chunk). */
  stepsLoading: string;
  officeTimeoutTitle: string;
  officeTimeoutBody: string;
  registryBrokenTitle: string;
  registryBrokenBody: string;
  helpOpen: string;
  helpClose: string;
  stepLocation: string;
  locationLabel: string;
  locationHint: string;
  formLoadFailed: string;
  leaveWarning: string;
  leaveWarningOriginal: string;
};

export const start: StartWords = {
  title: 'Veilige doorverwijzing',
  subtitle: 'Kind en Gezin → sociale dienst (OCMW), volgens het protocol',
  previewTitle: 'Voorbeeldmodus',
  previewBody: 'Dit taakvenster draait buiten Outlook, op een gesimuleerd bericht. Er wordt niets verstuurd en niets bewaard.',
  previewNoOffice: 'Office.js kon niet geladen worden; daarom de voorbeeldmodus.',
  loading: 'Het bericht wordt gelezen…',
  stepsLoading: 'De volgende stappen worden geladen…',
  officeTimeoutTitle: 'Outlook antwoordt niet',
  officeTimeoutBody:
    'Outlook antwoordt niet op het taakvenster. Er is niets aan uw mail veranderd. Sluit het taakvenster en open het opnieuw; lukt het dan nog niet, herstart Outlook.',
  registryBrokenTitle: 'Het register van protocollen is onleesbaar',
  registryBrokenBody: 'Er kan niets verstuurd worden. Meld dit aan uw IT-beheerder.',
  helpOpen: 'Verkeerd verstuurd?',
  helpClose: 'Terug naar de doorverwijzing',
  stepLocation: '1. Woonplaats van de cliënt',
  locationLabel: 'Postcode of gemeente van de cliënt',
  locationHint: 'Typ bijvoorbeeld 2550 of Kontich en kies uit de lijst.',
  formLoadFailed: 'Het formulier kon niet geladen worden. Sluit het taakvenster en open het opnieuw.',
  leaveWarning: 'Het wachtwoord is nog niet doorgegeven en wordt nergens bewaard. Als u het taakvenster sluit, is het weg.',
  leaveWarningOriginal: 'Het origineel staat niet in de mail en alleen nog in het taakvenster. Als u het sluit, is het weg uit de mail.',
};
