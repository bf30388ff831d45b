import type { Locale } from '../../../core/config.js';
import type { Question, Survey, SurveyResponse } from '../../../model/survey.js';
import { cleanAnswer, type Answers } from './answers.js';
import { FOLLOW_UP_CONSENT_VERSION, type FollowUpInput } from './follow-up-input.js';
import { followUpTrigger } from './follow-up.js';
import { normalizePhone } from './phone.js';

export interface ResponseInput {
  survey: Survey;
  /** The visible questions: hidden ones are never submitted, even if they were answered before being hidden. */
  visible: readonly Question[];
  answers: Answers;
  followUp: FollowUpInput;
  locale: Locale;
  now: Date;
}

/**
 * The response as it goes to the outbox. Anonymous unless the resident ticked the follow-up consent: only then are
 * a phone (normalized) and an optional name included, together with the consent's version and time.
 *
 * @example
 * buildResponse({ survey, visible, answers: { overall: 'satisfied' }, followUp: EMPTY_FOLLOW_UP, locale: 'zh-Hans', now: new Date() });
 */
export function buildResponse({ survey, visible, answers, followUp, locale, now }: ResponseInput): SurveyResponse {
  const cleaned: SurveyResponse['answers'] = {};
  for (const question of visible) {
    const value = cleanAnswer(question, answers[question.id]);
    if (value !== undefined) cleaned[question.id] = value;
  }
  const response: SurveyResponse = {
    surveyId: survey.id,
    surveyVersion: survey.version,
    answers: cleaned,
    locale,
    submittedAt: now.toISOString(),
  };
  if (!followUpTrigger(visible, answers)) return response;

  const reason = followUp.reason.trim();
  const phone = followUp.consent ? normalizePhone(followUp.phone) : undefined;
  const name = followUp.name.trim();
  const contact = phone
    ? { phone, ...(name ? { name } : {}), consent: { version: FOLLOW_UP_CONSENT_VERSION, at: followUp.consentAt ?? now.toISOString() } }
    : undefined;
  if (reason || contact) response.followUp = { ...(reason ? { reason } : {}), ...(contact ? { contact } : {}) };
  return response;
}
