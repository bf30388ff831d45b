/**
 * The HTML attributes and `cw-*` events of each element, for framework typings (React, Vue) and editors.
 * Attribute values are what you would write in HTML; events carry ids and states only.
 *
 * @example
 * import type { CwWorkerCardAttributes } from 'community-widgets/types/widget-attributes';
 * const props: CwWorkerCardAttributes = { worker: 'W-0501', 'heading-level': 2 };
 */
import type { CwEventMap } from '../dist/types/core/events.js';

export type { CwEventMap };

/** Attributes every widget accepts. */
export interface CwWidgetAttributes {
  id?: string;
  class?: string;
  lang?: string;
  /** URL of a static JSON data file (else the provider's or the page's). */
  src?: string;
  /** Base URL of a REST backend. */
  api?: string;
  /** Elder mode (长者模式): larger text and targets, stronger contrast, no motion. */
  elder?: boolean;
  /** `light` renders into the page instead of a shadow root, for portal toolbars. */
  render?: 'shadow' | 'light';
  /** Offer "read aloud" buttons on long content. */
  speak?: boolean;
  /** Level of the widget's headings in the page outline (default 3). */
  'heading-level'?: number | `${number}`;
}

export interface CwProviderAttributes {
  id?: string;
  class?: string;
  src?: string;
  api?: string;
  elder?: boolean;
  /** Selector for the portal's own 长者模式 marker on `<html>`/`<body>`. */
  'elder-selector'?: string;
  locale?: 'zh-Hans' | 'zh-Hant' | 'en';
  render?: 'shadow' | 'light';
  /** Hosts besides the page's own from which worker photos may load (space-separated). */
  'image-hosts'?: string;
  speak?: boolean;
}

export interface CwGridMapAttributes extends CwWidgetAttributes {
  community?: string;
  selected?: string;
  'base-map'?: 'none' | 'tianditu' | 'xyz';
  tk?: string;
  'tile-url'?: string;
  attribution?: string;
  'review-number'?: string;
  crs?: 'cgcs2000' | 'wgs84' | 'gcj02' | 'bd09';
  /** `true`/empty for all service points, or a space-separated list of kinds. */
  points?: boolean | string;
}

export interface CwWorkerCardAttributes extends CwWidgetAttributes {
  worker?: string;
  grid?: string;
  /** Id of a `cw-grid-map` whose selection the card follows. */
  for?: string;
}

export interface CwSatisfactionSurveyAttributes extends CwWidgetAttributes {
  survey?: string;
  paged?: boolean;
  'results-url'?: string;
}

export interface CwVolunteerSignupAttributes extends CwWidgetAttributes {
  community?: string;
  opportunity?: string;
  'platform-url'?: string;
  'retention-months'?: number | `${number}`;
}

/** Tag → attributes, for mapped typings. */
export interface CwElementAttributes {
  'cw-provider': CwProviderAttributes;
  'cw-grid-map': CwGridMapAttributes;
  'cw-worker-card': CwWorkerCardAttributes;
  'cw-satisfaction-survey': CwSatisfactionSurveyAttributes;
  'cw-volunteer-signup': CwVolunteerSignupAttributes;
}

/** The events each tag fires. */
export interface CwElementEvents {
  'cw-provider': never;
  'cw-grid-map': 'cw-ready' | 'cw-error' | 'cw-grid-select';
  'cw-worker-card': 'cw-ready' | 'cw-error' | 'cw-contact-save';
  'cw-satisfaction-survey': 'cw-ready' | 'cw-error' | 'cw-survey-submitted' | 'cw-survey-queued';
  'cw-volunteer-signup': 'cw-ready' | 'cw-error' | 'cw-signup-result' | 'cw-signup-queued' | 'cw-signup-cancelled';
}
