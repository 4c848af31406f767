// Words of the task pane's own chrome (titles, buttons, banners). Reasons to refuse come from
// the rules' message catalogue (src/domain/messages.ts) so the pane and the Send check say the
// same thing. Dutch (nl-BE) first; English when Outlook's display language is English.
export type Lang = 'nl' | 'en';

export function langFrom(displayLanguage: string): Lang {
  return displayLanguage.toLowerCase().startsWith('en') ? 'en' : 'nl';
}

export const strings = {
  nl: {
    title: 'Veilige doorverwijzing',
    subtitle: 'Kind en Gezin → sociale dienst (OCMW), volgens het protocol',
    previewTitle: 'Voorbeeldmodus',
    previewBody:
      'Dit taakvenster draait buiten Outlook, op een gesimuleerd bericht. Er wordt niets verstuurd en niets bewaard.',
    previewNoOffice: 'Office.js kon niet geladen worden; daarom de voorbeeldmodus.',
    loading: 'Het bericht wordt gelezen…',
  },
  en: {
    title: 'Secure referral',
    subtitle: 'Kind en Gezin → social service (OCMW), as the protocol requires',
    previewTitle: 'Preview mode',
    previewBody: 'This task pane runs outside Outlook, on a simulated message. Nothing is sent and nothing is stored.',
    previewNoOffice: 'Office.js could not be loaded; hence preview mode.',
    loading: 'Reading the message…',
  },
} as const satisfies Record<Lang, Record<string, string>>;

export type Strings = (typeof strings)['nl'];
