// What manifest.xml wires to the phone's handler, in one place: the entry (index.ts) associates
// these names, and the manifest check (scripts/lib/manifest-check.ts) holds the MobileFormFactor's
// LaunchEvents to exactly them.

/** Event Type -> FunctionName, for the MobileFormFactor's LaunchEvent extension point. */
export const PHONE_HANDLERS = {
  // A reply or forward comes with its recipients already filled in: no RecipientsChanged for them.
  OnNewMessageCompose: 'onPhoneNewMessageCompose',
  OnMessageRecipientsChanged: 'onPhoneRecipientsChanged',
} as const;

/** The key of the phone's notice: one key, so a new notice replaces the old one, never stacks. */
export const PHONE_NOTICE_KEY = 'kg-phone-referral';

/**
 * The <bt:Image> id the notice names: Office requires an icon for an informational notice
 * (a resource of the manifest's VersionOverrides V1_1), though phones show their own.
 */
export const PHONE_NOTICE_ICON = 'Icon.16x16';
