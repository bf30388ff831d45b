import type { Locale } from './config.js';

const VOICE_LANG: Record<Locale, string> = { 'zh-Hans': 'zh-CN', 'zh-Hant': 'zh-TW', en: 'en-US' };

/** Whether this browser can read text aloud; the speak buttons are not rendered where it cannot. */
export function canSpeak(): boolean {
  return typeof window !== 'undefined' && 'speechSynthesis' in window && typeof SpeechSynthesisUtterance === 'function';
}

/**
 * Reads `text` aloud in the widget's language, stopping whatever was being read: a second press on any speak
 * button interrupts instead of queueing behind a long survey question. Resolves when speech ends.
 *
 * @example
 * html`<button @click=${() => speak(question.title, this.locale)}>朗读</button>`
 */
export function speak(text: string, locale: Locale): Promise<void> {
  if (!canSpeak()) return Promise.resolve();
  window.speechSynthesis.cancel();
  return new Promise((resolve) => {
    const utterance = new SpeechSynthesisUtterance(text);
    utterance.lang = VOICE_LANG[locale];
    utterance.rate = 0.9; // a little slower than default: the audience is older residents
    utterance.onend = () => resolve();
    utterance.onerror = () => resolve();
    window.speechSynthesis.speak(utterance);
  });
}

/** Stops reading (e.g. when the widget is removed). */
export function stopSpeaking(): void {
  if (canSpeak()) window.speechSynthesis.cancel();
}
