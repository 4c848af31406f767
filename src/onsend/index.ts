// Smart Alerts (OnMessageSend) entry. Filled in by the Send-time enforcement issue; until
// then it registers a handler that lets every mail through, so the manifest's event wiring
// can be loaded and tested end to end.
function onMessageSendHandler(event: Office.AddinCommands.Event): void {
  event.completed({ allowEvent: true });
}

if (typeof Office !== 'undefined' && Office.actions) {
  Office.actions.associate('onMessageSendHandler', onMessageSendHandler);
}
