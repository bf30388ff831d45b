import type definition from '../definition.json';

type Definition = typeof definition;
type Source = Definition['questions'][number] & Record<string, unknown>;
type Choice = { value: string; label: string };

const LEVELS: Choice[] = [
  { value: 'very-satisfied', label: '非常满意' },
  { value: 'satisfied', label: '满意' },
  { value: 'basic', label: '基本满意' },
  { value: 'dissatisfied', label: '不满意' },
  { value: 'very-dissatisfied', label: '非常不满意' },
];

const choices = (list: Choice[]) => list.map((c) => ({ value: c.value, text: c.label }));

/** Our survey definition as SurveyJS JSON: the closest SurveyJS question type for each of our kinds. */
export function toSurveyJs(survey: Definition): Record<string, unknown> {
  const elements = survey.questions.map((raw) => {
    const q = raw as Source;
    const base: Record<string, unknown> = { name: q.id, title: q.title, isRequired: q.required === true };
    const showIf = q.showIf as { question: string; anyOf: string[] } | undefined;
    if (showIf) base.visibleIf = `{${showIf.question}} anyof [${showIf.anyOf.map((v) => `'${v}'`).join(', ')}]`;
    switch (q.kind) {
      case 'rating5':
        return { ...base, type: 'rating', rateType: 'stars', rateValues: choices([...LEVELS].reverse()) };
      case 'rating-matrix':
        return { ...base, type: 'matrix', columns: choices(LEVELS), rows: choices(q.items as Choice[]) };
      case 'single':
        return { ...base, type: 'radiogroup', choices: choices(q.options as Choice[]) };
      case 'multiple':
        return { ...base, type: 'checkbox', choices: choices(q.options as Choice[]), maxSelectedChoices: q.max };
      case 'scale':
        return { ...base, type: 'rating', rateMin: q.min, rateMax: q.max, minRateDescription: q.minLabel, maxRateDescription: q.maxLabel };
      default:
        return { ...base, type: 'comment', maxLength: q.maxLength };
    }
  });
  return { title: survey.title, description: survey.intro, locale: 'zh-cn', elements };
}
