/**
 * The contract between a pre-rendered survey form (written by `surveyFallbackHtml`, on a server or at build time)
 * and the element that takes it over: which form, which field holds which answer, which control had focus. The
 * form is marked `data-cw-survey="<id>"` and `data-cw-survey-version="<version>"`.
 */

/**
 * The field name of a question's answer; a rating matrix has one field per item. `/` cannot occur in an id (see
 * IdSchema), so `q/item` never collides with another question's name.
 */
export function fallbackFieldName(questionId: string, itemId?: string): string {
  return itemId === undefined ? questionId : `${questionId}/${itemId}`;
}

/**
 * Control ids in a pre-rendered form: this prefix, then the same suffix the element gives the same control (see
 * controlIds), so focus can follow the resident into the element.
 */
export function fallbackIdPrefix(surveyId: string): string {
  return `cw-survey-${surveyId}-`;
}
