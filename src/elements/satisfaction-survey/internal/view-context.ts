import type { AnswerValue } from './answers.js';
import type { Problem, SurveyMessages } from './problem.js';

/** What every question view needs from the element, so the views stay plain functions. */
export interface ViewContext {
  t: SurveyMessages;
  /** The element-unique DOM id for a control id suffix (see `controlIds`). */
  id: (suffix: string) => string;
  problem: (field: string) => Problem | undefined;
  /** Level of the survey title; section and block headings are one below. */
  headingLevel: number;
}

/** A new answer, or a function of the current one: two clicks before the next render must not undo each other. */
export type AnswerUpdate = AnswerValue | undefined | ((current: AnswerValue | undefined) => AnswerValue | undefined);

export interface QuestionHandlers {
  change: (update: AnswerUpdate) => void;
  /** Focus left the whole question (not just moved between its options). */
  leave: () => void;
  /** The polite, debounced character-count announcement of a text question. */
  announcement?: string;
}

/** Calls `leave` only when focus moves outside `event.currentTarget`: tabbing between radios is not leaving. */
export function onLeave(leave: () => void) {
  return (event: FocusEvent) => {
    const container = event.currentTarget as HTMLElement;
    const next = event.relatedTarget as Node | null;
    if (!next || !container.contains(next)) leave();
  };
}

/** Space-separated ids for aria-describedby, skipping the ones not rendered. */
export function describedBy(...ids: (string | false | undefined)[]): string | undefined {
  const present = ids.filter((id): id is string => !!id);
  return present.length ? present.join(' ') : undefined;
}
