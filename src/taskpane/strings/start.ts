// The words of the task pane's first screen (title, banners, step 1, the help toggle), Dutch
// (nl-BE) and English. The later steps' words load with them (strings/steps.ts), so the first
// screen's JavaScript carries only these. Reasons to refuse come from the rules' message catalogue
// (src/domain/messages.ts), so the pane and the Send check say the same thing.
import type { Lang } from '../../domain';

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

const nl: StartWords = {
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

const en: StartWords = {
  title: 'Secure referral',
  subtitle: 'Kind en Gezin → social service (OCMW), as the protocol requires',
  previewTitle: 'Preview mode',
  previewBody: 'This task pane runs outside Outlook, on a simulated message. Nothing is sent and nothing is stored.',
  previewNoOffice: 'Office.js could not be loaded; hence preview mode.',
  loading: 'Reading the message…',
  stepsLoading: 'Loading the next steps…',
  officeTimeoutTitle: 'Outlook does not answer',
  officeTimeoutBody:
    'Outlook does not answer the task pane. Nothing in your mail was changed. Close the task pane and open it again; if that does not help, restart Outlook.',
  registryBrokenTitle: 'The registry of protocols cannot be read',
  registryBrokenBody: 'Nothing can be sent. Report this to your IT administrator.',
  helpOpen: 'Sent to the wrong place?',
  helpClose: 'Back to the referral',
  stepLocation: "1. Client's municipality",
  locationLabel: "Client's postcode or municipality",
  locationHint: 'Type for example 2550 or Kontich and choose from the list.',
  formLoadFailed: 'The form could not be loaded. Close the task pane and open it again.',
  leaveWarning: 'The password has not been passed on yet and is not stored anywhere. If you close the task pane, it is gone.',
  leaveWarningOriginal: 'The original is not in the mail and only in the task pane. If you close it, it is gone from the mail.',
};

export const startWords: Record<Lang, StartWords> = { nl, en };
