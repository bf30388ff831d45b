import type { Locale } from '../core/config.js';

/**
 * Strings only a pre-rendered survey form needs (everything else comes from the survey's own catalog). Kept apart
 * so the widget does not carry them.
 */
export interface SurveyFallbackMessages {
  /** Under a form that cannot be sent without the widget (no `action`). */
  needsScript: string;
  /** Before a question that is asked only after certain answers. */
  conditional: string;
  scaleAnchor: (value: number, label: string) => string;
  /** Between the parts of a hint. */
  separator: string;
}

export const surveyFallbackMessages: Record<Locale, SurveyFallbackMessages> = {
  'zh-Hans': {
    needsScript: '在线提交需要浏览器启用脚本。页面加载完成后即可提交,已填写的答案会保留。',
    conditional: '(视前面的回答填写)',
    scaleAnchor: (value, label) => `${value} = ${label}`,
    separator: ';',
  },
  'zh-Hant': {
    needsScript: '線上提交需要瀏覽器啟用指令碼。頁面載入完成後即可提交,已填寫的答案會保留。',
    conditional: '(視前面的回答填寫)',
    scaleAnchor: (value, label) => `${value} = ${label}`,
    separator: ';',
  },
  en: {
    needsScript: 'Sending your answers online needs scripts in your browser. Once the page has loaded you can submit; what you have filled in is kept.',
    conditional: '(depending on your earlier answers)',
    scaleAnchor: (value, label) => `${value} = ${label}`,
    separator: '; ',
  },
};
