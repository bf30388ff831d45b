/**
 * Names of the consent texts in i18n/volunteer-signup.ts (`consentText`, `guardianConsent`). The version sent with
 * a signup is the organizer's proof of what the resident agreed to, so any change of those texts — in any
 * locale — needs a new date here. The retention period is part of the text, so it is part of the version.
 *
 * @example
 * signupConsentVersion(6); // → 'cw-volunteer-signup/2026-11+6m'
 */
export const signupConsentVersion = (retentionMonths: number) => `cw-volunteer-signup/2026-11+${retentionMonths}m`;
export const guardianConsentVersion = (retentionMonths: number) => `cw-volunteer-signup-guardian/2026-11+${retentionMonths}m`;
