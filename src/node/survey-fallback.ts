/**
 * `community-widgets/survey-fallback`: for a portal's server or build step, not for browsers. Writes a survey as a
 * plain HTML form to put inside `<cw-satisfaction-survey>`, so its questions show with the page and can be
 * answered before any script has run; the widget takes the answers over when it loads.
 */
import { validateDataset } from '../adapters/dataset-validation.js';
import { AdapterError } from '../adapters/adapter-error.js';
import { surveyFallbackHtml, type SurveyFallbackOptions } from '../elements/satisfaction-survey/fallback/survey-fallback-html.js';

export { surveyFallbackHtml, escapeHtml, type SurveyFallbackOptions } from '../elements/satisfaction-survey/fallback/survey-fallback-html.js';

/**
 * The form for survey `surveyId` of a data file (the same JSON the static adapter reads), validated the same way:
 * an invalid or missing survey is an error naming the place to fix, never a half-written form.
 *
 * @example
 * const data = JSON.parse(await readFile('community.json', 'utf8'));
 * const html = await surveyFallbackFromData(data, 'S-HCP-2026', { locale: 'zh-Hans' });
 */
export async function surveyFallbackFromData(data: unknown, surveyId: string, options: SurveyFallbackOptions & { source?: string } = {}): Promise<string> {
  const source = options.source ?? 'data';
  const surveys = validateDataset(data, source).surveys;
  const survey = surveys.byId.get(surveyId);
  if (!survey) {
    const invalid = surveys.invalid.find((item) => item.id === surveyId);
    throw new AdapterError(invalid ? 'invalid-data' : 'not-found', invalid ? `${source}: ${invalid.path}: ${invalid.message}` : `${source}: there is no survey ${surveyId}`);
  }
  return surveyFallbackHtml(survey, options);
}
