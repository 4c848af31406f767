// The public surface of the core. Shells (task pane, Send handler, command line) import from here.
export { brusselsDay, isCalendarDay, CalendarDay } from './dates';

export type { Lang, LocalizedText } from './lang';
export { langOf, formatDay } from './lang';

export {
  CROCKFORD_ALPHABET,
  PASSWORD_FORMAT,
  REFERENCE_PATTERN,
  REFERENCE_RANDOM_SYMBOLS,
  NEUTRAL_PREFIX,
  isReference,
  ourZipName,
  referenceOfZipName,
  isZipNameFor,
  isEntryNameFor,
  MAX_ENTRY_INDEX,
  REFERENCE_IN_TEXT,
  TRACES_SESSION_KEY,
  ACKNOWLEDGEMENT_SESSION_KEY,
} from './formats';

export { plainAddress, sameMailbox, unquoteLocal } from './sameMailbox';

export { containsPasswordShape } from './passwordShape';
export { containsWordRun, RUN_WORDS } from './wordRun';
export { wordList, WORDS_PER_PASSWORD, BITS_PER_WORD } from './passwordWords';

export type { ZipProblem, ZipEntry, ZipInspection } from './zipInspect';
export { ZIP_PROBLEMS, inspectZip } from './zipInspect';

export { LocationBy, ClientLocation } from './location';
export { Recipient, RecipientField, RecipientType, RECIPIENT_FIELDS } from './recipient';

export type { Problem, ProblemCode, TextCharacterKind, FileTrouble } from './problemParams';
export type { NameWordPart, Outcome, PhoneNoticeKind, Reason, ReasonCode, ReasonOf, Where } from './reasonParams';
export { ACKNOWLEDGE_IN_TASK_PANE, OPEN_TASK_PANE_LABEL, PHONE_NOTICE, PROMPT_NOT_OFFERED, summarize } from './alerts';
export { problem, registryCheckSummary, exchangeRulesSummary } from './problems';
export { REASON_CODES, REASON_OUTCOME, outcomeOf, reason, sortReasons } from './reasons';
export { MAX_SHOWN, shorten } from './shown';

export type { LocationSuggestion, Municipality, Protocol, Registry, RegistryResult, ProtocolStatus, Resolution } from './registry';
export {
  findByPostcode,
  findByMunicipality,
  findByNis,
  findById,
  findProtocols,
  classifyQuery,
  locationOfQuery,
  suggestLocations,
  normalizeName,
  protocolStatus,
  resolveProtocol,
} from './registry';
export type { RegistryFileResult } from './registryFile';
export { MAX_REGISTRY_BYTES, parseRegistry, parseRegistryJson, parseRegistryBytes } from './registryFile';
export type { BadCharacter } from './registrySchema';
export { ProtocolRecord, isPlainMailbox, isValidKbo, badCharacter } from './registrySchema';
export { ProtocolId } from './protocolId';
export { NIS_CODE, POSTCODE } from './registry';
export type { JsonPlace, JsonPath, JsonExpected, JsonDuplicateKey, JsonResult } from './json';
export { readJson } from './json';

export type { LookalikeKind, Resemblance } from './lookalike';
export { NEAR_EDITS, resemblance, skeleton, isNonAsciiAddress } from './lookalike';
export type { RegistryMatch } from './mailboxIndex';
export { matchRegistryMailbox, nearRegistryMailbox } from './mailboxIndex';
export { namedSocialService, displayedOtherAddress, addressesIn } from './displayName';
export type { RecipientRole, RecipientScreen } from './recipients';
export { isRegistryMailboxOrLookalike, recipientRole, screenRecipients, groupReasons, checkRecipients } from './recipients';

export { phoneNoticeKind } from './phoneNotice';

export type { ContentFormat, FormEvidence, GradedAttachment, Sniffed } from './attachmentEvidence';
export {
  CONTENT_FORMATS,
  LOGO_BYTES,
  LOGO_LONG_SIDE,
  LOGO_SHORT_SIDE,
  SNIFF_BYTES,
  formEvidence,
  isPictureName,
  mentionsReferral,
  nameSaysForm,
  sniffContent,
} from './attachmentEvidence';
export {
  MAX_ADDRESS_CHARS,
  MAX_ATTACHMENT_NAME_CHARS,
  MAX_DISPLAY_NAME_CHARS,
  clampAddress,
  clampAttachmentName,
  clampDisplayName,
  clampMiddle,
} from './clamp';
export { looksLikeCiphertext, sampledEntropy } from './entropy';

export { MAX_SCANNED_TEXT, containsPassword, checkContent, checkText } from './content';

export type { NamePart, WeakGrade, WordGrade } from './traces';
export { ClientDetails, ClientTraces, WORD_GRADES } from './traces';
export { PARTICLES, emailKey, phoneDigits, traceHasher, words } from './traceTokens';
export type { NameFinding, TraceFindings, TraceMatcher } from './traceMatcher';
export { findTraces, traceMatcher } from './traceMatcher';
export type { TraceInput } from './traceBuild';
export { buildTraces, fileNameWords, isCommonNameWord, protocolWords, saltFrom } from './traceBuild';
export { containsNationalNumber, isNationalNumber } from './nationalNumber';
export { ACKNOWLEDGEABLE, Acknowledgement, acknowledge, acknowledgeableIds, applyAcknowledgement, findingId } from './acknowledgement';
export { stripInvisible } from './text';

export { sha256Hex, sha256HexAsync, toHex } from './sha256';

export type { MailSnapshotInput, SnapshotResult } from './snapshot';
export { MailSnapshot, ReferralSnapshot, SnapshotAttachment, SnapshotScope, parseMailSnapshot, parseReferralSnapshot } from './snapshot';

export type { ReferralHeaderName, MarkerResult } from './marker';
export { REFERRAL_HEADERS, REFERRAL_HEADER_NAMES, ReferralMarker, ReferralReference, markerHeaders, parseMarker } from './marker';

export type { Decision, MailKind } from './evaluate';
export { evaluateSend, evaluateSendOnDay, evaluateReferral } from './evaluate';
export type { LocationVerdict } from './locationVerdict';
export { evaluateLocation } from './locationVerdict';

export { loadShippedRegistry } from './shipped';
export type { ReleaseChannel, ReleaseInfo } from './release';
export { ADDIN_VERSION_PATTERN, Helpdesk, REGISTRY_DIGEST_PATTERN, RELEASE_CHANNELS, registryDigest, versionLabel } from './release';
export { shippedRelease } from './shippedRelease';
export { SEND_CHECK_TEST_ADDRESS, isSendCheckTestAddress } from './sendCheckTest';
export type { CompactRegistry, RuntimeForm } from './compact';
export { compactRegistry, expandRegistry } from './compact';
