// What the project's code does that its manifest must wire: the launch-event handlers it
// associates (per form factor, event Type -> FunctionName) and the icon its phone notice names.
// `npm run validate` and the release build hold the manifest to these (manifest-check.ts).
import { PHONE_HANDLERS, PHONE_NOTICE_ICON } from '../../src/mobile/names';
import { SEND_HANDLER } from '../../src/onsend/names';
import type { CheckOptions } from './manifest-check';

export const PROJECT_WIRING: Pick<CheckOptions, 'handlers' | 'noticeIcons'> = {
  handlers: { DesktopFormFactor: { OnMessageSend: SEND_HANDLER }, MobileFormFactor: PHONE_HANDLERS },
  noticeIcons: [PHONE_NOTICE_ICON],
};
