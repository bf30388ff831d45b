import type { Question, Survey } from '../../../model/survey.js';
import { fallbackFieldName, fallbackIdPrefix } from '../fallback/fallback-names.js';
import type { AnswerValue, cleanAnswer, isAnswered } from './answers.js';

/**
 * Handed in by the widget rather than imported: this module is loaded lazily, and a module it shared with the
 * widget's entry would turn the entry into a facade with one more file to fetch.
 */
export interface AnswerRules {
  cleanAnswer: typeof cleanAnswer;
  isAnswered: typeof isAnswered;
}

/** What a resident did in a pre-rendered form before the widget took it over. */
export interface FallbackState {
  answers: Record<string, AnswerValue>;
  /** The control id suffix (see controlIds) of the control that had focus, to give focus to the widget's twin. */
  focused?: string;
  /** Where the caret was in a text field, so typing goes on where it was. */
  selection?: [number, number];
}

/**
 * Reads a pre-rendered survey form (see surveyFallbackHtml). A form made from another survey, or from another
 * version of this one, gives nothing: its questions may have meant something else, as with drafts. Values the
 * survey does not define (an edited page, a hostile script) are dropped.
 */
export function readFallback(form: HTMLFormElement, survey: Survey, { cleanAnswer, isAnswered }: AnswerRules): FallbackState {
  if (form.dataset['cwSurvey'] !== survey.id) return { answers: {} };
  if ((form.dataset['cwSurveyVersion'] ?? '1') !== survey.version) {
    console.warn(`[community-widgets] the pre-rendered form of survey ${survey.id} is of version ${form.dataset['cwSurveyVersion']}, the survey is ${survey.version}; regenerate it. Answers typed into it were not taken over.`);
    return { answers: {} };
  }
  const data = new FormData(form);
  const answers: Record<string, AnswerValue> = {};
  for (const question of survey.questions) {
    const raw = readValue(question, data);
    // Text is kept as typed (a trailing space mid-sentence included); everything else must be a known value.
    const value = question.kind === 'text' ? raw : cleanAnswer(question, raw);
    if (value !== undefined && isAnswered(value)) answers[question.id] = value;
  }
  const root = form.getRootNode() as Document | ShadowRoot; // the form itself once detached: nothing has focus
  const active = 'activeElement' in root ? root.activeElement : null;
  const prefix = fallbackIdPrefix(survey.id);
  if (!active || !form.contains(active) || !active.id.startsWith(prefix)) return { answers };
  const focused = active.id.slice(prefix.length);
  const typing = active instanceof HTMLTextAreaElement || (active instanceof HTMLInputElement && active.type === 'text');
  return typing ? { answers, focused, selection: [active.selectionStart ?? 0, active.selectionEnd ?? 0] } : { answers, focused };
}

function readValue(question: Question, data: FormData): AnswerValue | undefined {
  const name = fallbackFieldName(question.id);
  const one = data.get(name);
  switch (question.kind) {
    case 'multiple':
      return data.getAll(name).filter((value): value is string => typeof value === 'string');
    case 'scale':
      return typeof one === 'string' && /^\d+$/.test(one) ? Number(one) : undefined;
    case 'rating-matrix':
      return Object.fromEntries(
        question.items.flatMap((item) => {
          const level = data.get(fallbackFieldName(question.id, item.value));
          return typeof level === 'string' ? [[item.value, level]] : [];
        }),
      );
    default:
      return typeof one === 'string' ? one : undefined;
  }
}
