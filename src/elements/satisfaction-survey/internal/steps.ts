import type { Question } from '../../../model/survey.js';

export interface SurveyStep {
  /** The section name shared by the step's questions; undefined for a survey without sections. */
  title?: string;
  questions: Question[];
}

/**
 * Paged mode: consecutive questions with the same `section` form one step; a question without a section stays on
 * the step before it. Pass the visible questions, so a step whose questions are all hidden is skipped.
 *
 * @example
 * splitIntoSteps(visible).map((s) => s.title); // ['基本情况', '网格服务', '评价与建议']
 */
export function splitIntoSteps(visible: readonly Question[]): SurveyStep[] {
  const steps: SurveyStep[] = [];
  for (const question of visible) {
    const current = steps[steps.length - 1];
    if (current && (question.section === undefined || question.section === current.title)) current.questions.push(question);
    else steps.push({ title: question.section, questions: [question] });
  }
  return steps;
}
