import defaultTheme from './default.css?inline';
import governmentRed from './government-red.css?inline';
import governmentBlue from './government-blue.css?inline';

/** The shipped themes' CSS text, for Storybook and tests; the build copies the files to dist/themes/. */
export const THEMES = { default: defaultTheme, 'government-red': governmentRed, 'government-blue': governmentBlue } as const;
export type ThemeName = keyof typeof THEMES;
