import type { Question } from '../../../model/survey.js';
import { isAnswered, type AnswerValue } from './answers.js';
import { controlIds } from './control-ids.js';
import type { FollowUpInput } from './follow-up-input.js';
import { normalizePhone } from './phone.js';
import { FOLLOW_UP_FIELDS, type Problem } from './problem.js';

/** Limits of the response schema (SurveyResponseSchema): checked here so the server never has to refuse. */
export const REASON_MAX_LENGTH = 1000;
export const NAME_MAX_LENGTH = 40;

/**
 * The problem with one answer, or `undefined` when it may be submitted. Only called for visible questions.
 *
 * @example
 * validateQuestion({ id: 'q', kind: 'multiple', title: '改进', required: false, options, max: 3 }, ['a', 'b', 'c', 'd']);
 * // → { code: 'tooMany', … }
 */
export function validateQuestion(question: Question, value: AnswerValue | undefined): Problem | undefined {
  const { id, title } = question;
  const first = controlIds.option(id, 0);
  const problem = (code: Problem['code'], message: Problem['message'], target = first): Problem => ({ field: id, code, target, message });

  if (question.kind === 'rating-matrix') {
    const rows = value && typeof value === 'object' && !Array.isArray(value) ? value : {};
    const missing = question.items.flatMap((item, index) => (rows[item.value] ? [] : [{ item, index }]));
    // An optional matrix may be left empty, but once started every row needs a level, or the row means nothing.
    if (!missing.length || (!question.required && !isAnswered(value))) return undefined;
    const labels = missing.map((m) => m.item.label);
    return problem('matrixIncomplete', (t) => t.problemMatrixIncomplete(labels), controlIds.matrixCell(id, missing[0]!.index, 0));
  }

  if (!isAnswered(value)) {
    const target = question.kind === 'text' ? controlIds.text(id) : first;
    return question.required ? problem('required', (t) => t.problemRequired(title), target) : undefined;
  }

  if (question.kind === 'multiple' && Array.isArray(value)) {
    const min = question.required ? Math.max(question.min ?? 1, 1) : question.min;
    if (min !== undefined && value.length < min) return problem('tooFew', (t) => t.problemTooFew(title, min));
    if (question.max !== undefined && value.length > question.max) {
      const max = question.max;
      return problem('tooMany', (t) => t.problemTooMany(title, max));
    }
  }
  if (question.kind === 'text' && typeof value === 'string' && value.length > question.maxLength) {
    const max = question.maxLength;
    return problem('tooLong', (t) => t.problemTooLong(title, max), controlIds.text(id));
  }
  return undefined;
}

/**
 * Problems of the follow-up block (shown after a 不满意 answer): the reason is required; the phone only when the
 * resident ticked the consent, and then it must be a mainland mobile or landline.
 */
export function validateFollowUp(input: FollowUpInput): Problem[] {
  const problems: Problem[] = [];
  const field = (name: keyof typeof FOLLOW_UP_FIELDS, code: Problem['code'], message: Problem['message']) =>
    problems.push({ field: FOLLOW_UP_FIELDS[name], code, target: FOLLOW_UP_FIELDS[name], message });

  if (!input.reason.trim()) field('reason', 'reasonRequired', (t) => t.problemReasonRequired());
  else if (input.reason.length > REASON_MAX_LENGTH) field('reason', 'tooLong', (t) => t.problemTooLong(t.reasonLabel, REASON_MAX_LENGTH));
  if (input.consent) {
    if (!input.phone.trim()) field('phone', 'phoneRequired', (t) => t.problemPhoneRequired());
    else if (!normalizePhone(input.phone)) field('phone', 'phoneInvalid', (t) => t.problemPhoneInvalid());
    if (input.name.trim().length > NAME_MAX_LENGTH) field('name', 'nameTooLong', (t) => t.problemNameTooLong(NAME_MAX_LENGTH));
  }
  return problems;
}
