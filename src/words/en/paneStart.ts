// The words of the task pane's first screen in English; nl/paneStart.ts says what they are for.
import type * as nl from '../nl/paneStart';

export const start: typeof nl.start = {
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
