/**
 * What the loader knows about each element: the file that defines it, and which attributes an editor may set
 * through the link and data-attribute forms. The lists are deliberately short: ids and display options only.
 * `src` and `api` are left out on purpose — a pasted link must never point a widget at a host the webmaster did
 * not configure — and so are URL-valued and base-map attributes (`results-url`, `platform-url`, `tile-url`, `tk`), which belong in templates.
 */
export const WIDGET_ATTRIBUTES = {
  'grid-map': ['community', 'selected', 'points'],
  'worker-card': ['worker', 'grid', 'for'],
  'satisfaction-survey': ['survey', 'paged'],
  'volunteer-signup': ['community', 'opportunity', 'retention-months'],
} as const;

/** Attributes every widget accepts from an editor. */
export const SHARED_ATTRIBUTES = ['id', 'elder', 'heading-level', 'render'] as const;

/** Present-or-absent attributes: `paged=false` in a link must not turn paging on. */
export const BOOLEAN_ATTRIBUTES: ReadonlySet<string> = new Set(['elder', 'paged']);

export type WidgetName = keyof typeof WIDGET_ATTRIBUTES;
/** `provider` has no link form (it wraps content), but the loader defines it like the others. */
export type ElementName = WidgetName | 'provider';

const WIDGET_NAMES: ReadonlySet<string> = new Set(Object.keys(WIDGET_ATTRIBUTES));

export const isWidgetName = (name: string): name is WidgetName => WIDGET_NAMES.has(name);
export const isElementName = (name: string): name is ElementName => name === 'provider' || isWidgetName(name);

/** Tags whose children are fallback content, which the loader leaves alone. */
export const WIDGET_TAGS = Object.keys(WIDGET_ATTRIBUTES).map((name) => `cw-${name}`);

/** The attributes an editor may set on one widget, shared ones included. */
export const allowedAttributes = (name: WidgetName): readonly string[] => [...WIDGET_ATTRIBUTES[name], ...SHARED_ATTRIBUTES];
