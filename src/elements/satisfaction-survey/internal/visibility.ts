import type { Question } from '../../../model/survey.js';
import { isAnswered, type AnswerValue, type Answers } from './answers.js';

type ShowIf = NonNullable<Question['showIf']>;

function matches(rule: ShowIf, value: AnswerValue | undefined): boolean {
  if (rule.anyOf) {
    if (!isAnswered(value)) return false;
    const wanted = rule.anyOf.map(String);
    const given = typeof value === 'object' ? Object.values(value!).map(String) : [String(value)];
    return given.some((v) => wanted.includes(v));
  }
  // `{ answered: false }` shows a question while the other one is still open; no condition means "answered".
  return isAnswered(value) === (rule.answered ?? true);
}

/**
 * The questions to show, in order. A question whose `showIf` names a hidden question is hidden too, so a chain of
 * conditions collapses as soon as its first link does. Hidden questions are neither validated nor submitted.
 *
 * @example
 * visibleQuestions(survey.questions, { raised: 'yes' }); // includes `resolved` (showIf raised = yes)
 */
export function visibleQuestions(questions: readonly Question[], answers: Answers): Question[] {
  const shown = new Set<string>();
  const result: Question[] = [];
  for (const question of questions) {
    const rule = question.showIf;
    if (rule && !(shown.has(rule.question) && matches(rule, answers[rule.question]))) continue;
    shown.add(question.id);
    result.push(question);
  }
  return result;
}
