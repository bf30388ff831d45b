import type { Question } from '../../../model/survey.js';
import { NEGATIVE_LEVELS, type Rating5Level } from '../../../model/vocabulary.js';
import type { Answers } from './answers.js';

const isNegative = (value: unknown) => NEGATIVE_LEVELS.includes(value as Rating5Level);

/**
 * The first visible question whose answer must be followed up (回访): 不满意 or 非常不满意 on a `rating5`, or on
 * any row of a `rating-matrix`, when the question has `followUp`. The follow-up block is shown right after it.
 *
 * @example
 * followUpTrigger(visible, { overall: 'dissatisfied' })?.id; // 'overall'
 */
export function followUpTrigger(visible: readonly Question[], answers: Answers): Question | undefined {
  return visible.find((question) => {
    const value = answers[question.id];
    if (question.kind === 'rating5') return question.followUp && isNegative(value);
    if (question.kind === 'rating-matrix') {
      return question.followUp && typeof value === 'object' && !Array.isArray(value) && Object.values(value).some(isNegative);
    }
    return false;
  });
}
