/**
 * The oldest browsers the widgets run in; older ones keep each widget's fallback. Safari 15 is the last iOS an
 * iPhone 6s or 7 gets, and residents' phones are often handed down; Chrome 91 covers the domestic browsers' and
 * WeChat's Chromium cores of the last years. What these lack is compiled for them: class static blocks (what
 * `static styles` becomes; Safari 16.4+) and, for Safari 15's class-field scoping bug, private members (about
 * 0.85 KB gzip on the survey page). The library build (vite.config.ts) and the bench's pages use it. APIs newer than these are feature-tested or written by hand
 * (src/adapters/signals.ts; constructed style sheets, Safari 16.4+, fall back to `<style>`).
 * e2e/older-browsers.mjs checks both.
 */
export const BROWSER_FLOOR = ['chrome91', 'edge91', 'firefox90', 'safari15'];
