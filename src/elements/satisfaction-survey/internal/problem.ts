import type { SurveyMessages } from '../../../i18n/satisfaction-survey.js';

export type { SurveyMessages };

export type ProblemCode =
  | 'required'
  | 'matrixIncomplete'
  | 'tooFew'
  | 'tooMany'
  | 'tooLong'
  | 'reasonRequired'
  | 'phoneRequired'
  | 'phoneInvalid'
  | 'nameTooLong';

/**
 * Something the resident must fix. The message is a function of the catalog, not a string, so an error already on
 * screen follows a live switch to 繁體 or English.
 */
export interface Problem {
  /** A question id, or one of the follow-up fields (`FOLLOW_UP_FIELDS`). */
  field: string;
  code: ProblemCode;
  /** Id suffix of the control that the error summary link focuses. */
  target: string;
  message: (t: SurveyMessages) => string;
}

export const FOLLOW_UP_FIELDS = { reason: 'follow-up-reason', phone: 'follow-up-phone', name: 'follow-up-name' } as const;
