/**
 * Every event the widgets send, in one place. All are `cw-*`, bubble, cross shadow roots (`composed`) and carry
 * ids and states only — never a resident's personal data.
 */
export interface CwEventMap {
  /** Data arrived and the widget shows it. */
  'cw-ready': { widget: string };
  /** Loading failed; `code` is an AdapterError code. */
  'cw-error': { widget: string; code: string; path?: string };
  /** A grid was chosen on the map (click, keyboard, or "find my grid"). */
  'cw-grid-select': { gridId: string; code: string; name: string; source: 'pointer' | 'keyboard' | 'locate' | 'search' | 'api' };
  /** The resident saved a worker's contact card. */
  'cw-contact-save': { workerId: string };
  /** A survey answer was accepted by the server. */
  'cw-survey-submitted': { surveyId: string; key: string; receiptCode: string };
  /** A survey answer is stored on the device and will be sent later. */
  'cw-survey-queued': { surveyId: string; key: string; reason: string };
  /** The server refused a survey answer as it is (not a network problem); `code` says why. */
  'cw-survey-failed': { surveyId: string; key: string; code: string };
  /** A signup got a result (confirmed, waitlisted, full, closed, duplicate). */
  'cw-signup-result': { opportunityId: string; key: string; status: string };
  /** A signup is stored on the device and will be sent later. */
  'cw-signup-queued': { opportunityId: string; key: string; reason: string };
  'cw-signup-cancelled': { opportunityId: string; status: string };
}

export type CwEventName = keyof CwEventMap;
export type CwEvent<K extends CwEventName> = CustomEvent<CwEventMap[K]>;

/** Every `cw-*` event as the DOM event type listeners receive. */
export type CwEventTypes = { [K in CwEventName]: CwEvent<K> };

declare global {
  // Typed `addEventListener('cw-…')` on elements, the document and window alike.
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface HTMLElementEventMap extends CwEventTypes {}
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface DocumentEventMap extends CwEventTypes {}
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface WindowEventMap extends CwEventTypes {}
}
