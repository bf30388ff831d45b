import { html, nothing, type TemplateResult } from 'lit';
import { commonMessages } from '../i18n/common.js';
import type { Locale } from './config.js';
import { canSpeak, speak } from './speech.js';

/**
 * A "read aloud" button for long content (a survey question, an activity's details), when the widget has
 * `speak` on and the browser can speak; otherwise nothing, so no dead control is ever shown. The visible
 * label names the action; the hidden part says what will be read, for screen-reader users.
 */
export function renderSpeakButton(enabled: boolean, text: string, what: string, locale: Locale): TemplateResult | typeof nothing {
  if (!enabled || !canSpeak()) return nothing;
  const t = commonMessages.of(locale);
  return html`<button type="button" class="cw-button cw-speak" part="speak" @click=${() => speak(text, locale)}>
    <span aria-hidden="true">🔊</span>${t.readAloud}<span class="cw-visually-hidden">${t.readAloudWhat(what)}</span>
  </button>`;
}
