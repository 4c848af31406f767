// The name manifest.xml gives the Send check's handler (LaunchEvent FunctionName), in one place:
// the entry associates it, and the manifest check holds the manifest to it.
export const SEND_HANDLER = 'onMessageSendHandler';
