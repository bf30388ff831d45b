import type { Question } from '../../../model/survey.js';
import { RATING5_LEVELS } from '../../../model/vocabulary.js';

/**
 * What a resident has given for one question while filling in the form: a level or option value (`rating5`,
 * `single`), option values (`multiple`), a number (`scale`), text (`text`), or item → level (`rating-matrix`).
 */
export type AnswerValue = string | number | string[] | Record<string, string>;
export type Answers = Readonly<Record<string, AnswerValue>>;

/** Whether a value counts as an answer: blank text, no options and an empty matrix do not. */
export function isAnswered(value: AnswerValue | undefined): boolean {
  if (value === undefined) return false;
  if (typeof value === 'number') return Number.isFinite(value);
  if (typeof value === 'string') return value.trim() !== '';
  if (Array.isArray(value)) return value.length > 0;
  return Object.keys(value).length > 0;
}

/**
 * The value as the server should get it, or `undefined` when nothing valid is left: text trimmed, options and
 * matrix items that the survey does not (or no longer) define, and levels that are not one of the five, dropped —
 * a draft may come from an older page, a pre-rendered form from an edited one.
 */
export function cleanAnswer(question: Question, value: AnswerValue | undefined): AnswerValue | undefined {
  if (value === undefined) return undefined;
  switch (question.kind) {
    case 'rating5':
    case 'single': {
      if (typeof value !== 'string') return undefined;
      const allowed: readonly string[] = question.kind === 'single' ? question.options.map((o) => o.value) : RATING5_LEVELS;
      return allowed.includes(value) ? value : undefined;
    }
    case 'multiple': {
      if (!Array.isArray(value)) return undefined;
      const known = value.filter((v) => question.options.some((o) => o.value === v));
      return known.length ? known : undefined;
    }
    case 'scale':
      return typeof value === 'number' && value >= question.min && value <= question.max ? value : undefined;
    case 'text': {
      if (typeof value !== 'string') return undefined;
      const trimmed = value.trim();
      return trimmed ? trimmed : undefined;
    }
    case 'rating-matrix': {
      if (typeof value !== 'object' || Array.isArray(value)) return undefined;
      const rows = Object.entries(value).filter(
        ([item, level]) => question.items.some((i) => i.value === item) && (RATING5_LEVELS as readonly string[]).includes(level),
      );
      return rows.length ? Object.fromEntries(rows) : undefined;
    }
  }
}
