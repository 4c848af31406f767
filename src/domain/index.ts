// The public surface of the core. Shells (task pane, Send handler, command line) import from here.
export { brusselsDay, isCalendarDay, CalendarDay } from './dates';

export type { Lang, LocalizedText, Reason, ReasonCode, ReasonOf, Problem, ProblemCode, Where, LocationBy, RecipientField, TextCharacterKind, FileTrouble } from './messages';
export { OPEN_TASK_PANE_LABEL, REASON_CODES, reason, problem, sortReasons, summarize, formatDay, registryCheckSummary } from './messages';

export type { Municipality, Protocol, Registry, RegistryResult, ProtocolStatus, Resolution, ClientLocation as LocationQuery } from './registry';
export {
  findByPostcode,
  findByMunicipality,
  findByNis,
  findById,
  findProtocols,
  classifyQuery,
  normalizeName,
  protocolStatus,
  resolveProtocol,
} from './registry';
export type { RegistryFileResult, BadCharacter } from './registryFile';
export { ProtocolRecord, MAX_REGISTRY_BYTES, parseRegistry, parseRegistryJson, parseRegistryBytes, isPlainMailbox, isValidKbo, badCharacter } from './registryFile';
export { ProtocolId } from './protocolId';
export type { JsonPlace, JsonPath, JsonExpected, JsonDuplicateKey, JsonResult } from './json';
export { readJson } from './json';

export type { Recipient, RecipientType, LookalikeKind, Resemblance, RegistryMatch } from './recipients';
export { sameMailbox, resemblance, skeleton, matchRegistryMailbox, isRegistryMailboxOrLookalike, displayedOtherAddress, checkRecipients } from './recipients';

export { containsName, containsPhone, containsEmail, containsPassword, phoneDigits, checkContent } from './content';

export type { MailSnapshotInput, SnapshotResult } from './snapshot';
export {
  MailSnapshot,
  ReferralSnapshot,
  ClientDetails,
  ClientLocation,
  SnapshotRecipient,
  SnapshotAttachment,
  parseMailSnapshot,
  parseReferralSnapshot,
} from './snapshot';

export type { ReferralHeaderName, MarkerResult } from './marker';
export { REFERRAL_HEADERS, REFERRAL_HEADER_NAMES, ReferralMarker, ReferralReference, markerHeaders, parseMarker } from './marker';

export type { Decision } from './evaluate';
export { evaluateSend, evaluateSendOnDay, evaluateReferral } from './evaluate';

export { loadShippedRegistry } from './shipped';
export type { CompactRegistry, RuntimeForm } from './compact';
export { compactRegistry, expandRegistry } from './compact';
