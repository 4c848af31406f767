// The words of the Exchange Online rules (src/cli/exchangeRules.ts) that a sender reads: the
// non-delivery report of a mail the server rejects. ASCII only: it travels in the SMTP reply,
// where accents may be mangled. The rule puts the Dutch first, then the English, in one text.

export const rejectReason =
  'Niet verzonden: deze mail aan een geregistreerde OCMW-mailbox heeft een bijlage die niet versleuteld is (geen zip met wachtwoord). ' +
  'Een doorverwijzing gaat alleen via de invoegtoepassing Veilige doorverwijzing in Outlook op de computer of op het web. ' +
  'Verwijder de bijlage, of maak de doorverwijzing met de invoegtoepassing.';
