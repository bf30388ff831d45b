/** What the resident typed in the follow-up block. Phone and name leave the device only with `consent`. */
export interface FollowUpInput {
  reason: string;
  consent: boolean;
  /** When the consent box was ticked (ISO 8601): recorded with the consent. */
  consentAt?: string;
  phone: string;
  name: string;
}

export const EMPTY_FOLLOW_UP: FollowUpInput = { reason: '', consent: false, phone: '', name: '' };

/** Version of the consent wording shown next to the box; bump it when the text changes. */
export const FOLLOW_UP_CONSENT_VERSION = 'survey-follow-up-1';

/** Used when a survey declares no `followUpPolicy`: a short retention, stated to the resident. */
export const DEFAULT_RETENTION_DAYS = 90;
