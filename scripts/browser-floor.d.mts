/** See browser-floor.mjs. */
export declare const BROWSER_FLOOR: string[];
