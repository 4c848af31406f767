// The referral form (article 3 fields) and its PDF. Pure: no React, no Office, no DOM.
// The pane should import './pdf' lazily: pdf-lib is large and only needed when the form is done.
export {
  ReferralForm,
  parseReferralForm,
  REFERRAL_FIELDS,
  REFERRAL_FIELD_LABELS,
  REFERRAL_FIELD_HINTS,
  REFERRAL_FIELD_MAX_LENGTH,
  REFERRAL_ERROR_CODES,
  type ReferralField,
  type ReferralErrorCode,
  type ReferralFieldError,
  type ReferralFormErrors,
  type ReferralExpectation,
  type ParseReferralResult,
} from './form';
export { createReferralPdf, ReferralPdfError, REFERRAL_PDF_ERROR_CODES, type ReferralPdf, type ReferralPdfMeta, type ReferralPdfErrorCode } from './pdf';
