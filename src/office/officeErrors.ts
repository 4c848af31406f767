// Office's errors, as office.js and Outlook hand them back, mapped to the port's MailboxError codes.
// Only the error's numeric code and a short identifier-like name are read: Office's `message`
// can quote mail content and never reaches our errors.

import type { MailboxErrorCode } from './port';
import { MailboxError } from './port';

/** Office error codes (OSF and Outlook's 9xxx range), as office.js defines them. */
const TRANSIENT_CODES = new Set([
  5001, // InternalError: what getAttachmentContentAsync fails with intermittently
  5102, // ActivityLimitReached: throttled
  9020, // GenericResponseError
  9040, // HTTPRequestFailure
  9041, // NetworkError
  9042, // InternalServerError
  9054, // AttachmentDownloadFailed
]);
const TRANSIENT_NAMES = new Set([
  'InternalError',
  'Internal Error',
  'ActivityLimitReached',
  'GenericResponseError',
  'HTTPRequestFailure',
  'NetworkError',
  'InternalServerError',
  'AttachmentDownloadFailed',
  'ServerBusy',
  'ServiceUnavailable',
]);
const BY_CODE: ReadonlyMap<number, MailboxErrorCode> = new Map<number, MailboxErrorCode>([
  [9000, 'attachment-too-large'], // AttachmentSizeExceeded
  [9001, 'too-many-attachments'], // NumberOfAttachmentsExceeded
  [9003, 'attachment-not-found'], // InvalidAttachmentId
  [9008, 'attachment-not-found'], // AttachmentToDeleteDoesNotExist
  [9052, 'attachment-not-found'], // AttachmentResourceNotFound
  [5000, 'not-supported'], // OperationNotSupported
  [9032, 'not-supported'], // ApiCallNotSupportedByExtensionPoint
  [9043, 'not-supported'], // AttachmentTypeNotSupported
  [9055, 'not-supported'], // APINotSupportedForSharedFolders
]);
const BY_NAME: ReadonlyMap<string, MailboxErrorCode> = new Map<string, MailboxErrorCode>([
  ['AttachmentSizeExceeded', 'attachment-too-large'],
  ['NumberOfAttachmentsExceeded', 'too-many-attachments'],
  ['InvalidAttachmentId', 'attachment-not-found'],
  ['AttachmentNotFound', 'attachment-not-found'],
  ['AttachmentToDeleteDoesNotExist', 'attachment-not-found'],
  ['AttachmentResourceNotFound', 'attachment-not-found'],
  ['OperationNotSupported', 'not-supported'],
  ['ApiCallNotSupportedByExtensionPoint', 'not-supported'],
  ['AttachmentTypeNotSupported', 'not-supported'],
  ['APINotSupportedForSharedFolders', 'not-supported'],
]);

/** Maps an Office.Error (or whatever a client hands back) to a MailboxError. */
export function mailboxErrorFromOffice(error: unknown, operation: string): MailboxError {
  const { code, name } = describeOfficeError(error);
  const officeError = [code, name].filter((part) => part !== undefined && part !== '').join(' ') || undefined;
  let mapped: MailboxErrorCode = 'failed';
  if ((code !== undefined && TRANSIENT_CODES.has(code)) || (name !== undefined && TRANSIENT_NAMES.has(name))) {
    mapped = 'transient';
  } else if (code !== undefined && BY_CODE.has(code)) {
    mapped = BY_CODE.get(code) ?? 'failed';
  } else if (name !== undefined && BY_NAME.has(name)) {
    mapped = BY_NAME.get(name) ?? 'failed';
  }
  return new MailboxError(mapped, operation, officeError);
}

function describeOfficeError(error: unknown): { code: number | undefined; name: string | undefined } {
  if (typeof error !== 'object' || error === null) return { code: undefined, name: undefined };
  const record = error as Record<string, unknown>;
  const code = typeof record.code === 'number' ? record.code : undefined;
  // Only short identifier-like names: Office's `message` (and anything odd) is left out,
  // so no client-supplied text can end up in our error message.
  const name = typeof record.name === 'string' && /^[\w .-]{1,64}$/.test(record.name) ? record.name : undefined;
  return { code, name };
}
